"""Queries on the office's officers shared by the services and the start-up reader."""

from __future__ import annotations

import sqlalchemy as sa

from .models import Officer

__all__ = ["SIGN_IN_CHOICES"]

# Who may sign in (active, not deleted), in the order they were added; columns in OfficerView's order.
SIGN_IN_CHOICES = (
    sa.select(Officer.id, Officer.full_name, Officer.role, Officer.pin_hash.is_not(None), Officer.active,
              Officer.version)
    .where(Officer.deleted_at.is_(None), Officer.active.is_(True))
    .order_by(Officer.pk)
)
