# GENERATED from persistence/quick_sql.py by scripts/build_forms.py – do not edit.
"""SQL of the start-up reader: the repositories' statements compiled for SQLite, each with the
values of its fixed parameters."""

Statement = tuple[str, dict[str, object]]

COUNT_LIVE: Statement = ('SELECT live_count.initiatives \nFROM live_count', {})
VIEWS_BY_PKS: Statement = ('SELECT initiative.pk, initiative.id, initiative.code, initiative.title, initiative.status, initiative.kind, initiative.field_code, initiative.department, initiative.summary, initiative.first_applied_on, initiative.benefit_value, initiative.benefit_not_quantifiable, initiative.is_confidential, initiative.version, initiative.created_at, initiative.updated_at, initiative.programme_id, (SELECT json_group_array(json_array(authorship.person_id, person.full_name, authorship.position, authorship.role, authorship.share_pct)) AS json_group_array_1 \nFROM authorship JOIN person ON person.id = authorship.person_id \nWHERE authorship.initiative_id = initiative.id AND authorship.deleted_at IS NULL) AS authors_json, (SELECT json_array(recognition_decision.number, recognition_decision.decided_on, recognition_decision.outcome) AS json_array_1 \nFROM recognition_decision \nWHERE recognition_decision.initiative_id = initiative.id AND recognition_decision.deleted_at IS NULL ORDER BY recognition_decision.decided_on DESC, recognition_decision.pk DESC\n LIMIT :param_1 OFFSET :param_2) AS decision_json, (SELECT json_array(outbox.state, outbox.result_status) AS json_array_2 \nFROM outbox \nWHERE outbox.entity_id = initiative.id ORDER BY outbox.device_epoch DESC, outbox.seq DESC\n LIMIT :param_3 OFFSET :param_4) AS sync_json \nFROM initiative \nWHERE initiative.pk IN (SELECT value \nFROM json_each(:pks))', {'param_1': 1, 'param_2': 0, 'param_3': 1, 'param_4': 0})
VIEW_CONVERTERS: tuple[str | None, ...] = (None, None, None, None, 'enum:InitiativeStatus', 'enum:SolutionKind', 'enum:FieldCode', None, None, 'date', None, 'bool', 'bool', None, 'datetime', 'datetime', None, None, None, None)
SIGN_IN_CHOICES: Statement = ('SELECT officer.id, officer.full_name, officer.role, officer.pin_hash IS NOT NULL AS anon_1, officer.active, officer.version \nFROM officer \nWHERE officer.deleted_at IS NULL AND officer.active IS 1 ORDER BY officer.pk', {})
SIGN_IN_CONVERTERS: tuple[str | None, ...] = (None, None, 'enum:OfficerRole', 'bool', 'bool', None)
OFFICE_TITLE: Statement = ('SELECT union_unit.full_name, union_unit.short_name, employer.name \nFROM union_unit JOIN employer ON employer.id = union_unit.employer_id \nWHERE union_unit.deleted_at IS NULL ORDER BY union_unit.pk\n LIMIT :param_1 OFFSET :param_2', {'param_1': 1, 'param_2': 0})
PENDING: Statement = ('SELECT sync_state.unsettled_ops \nFROM sync_state', {})
FIRST_PKS: dict[str, Statement] = {
    '': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'code:asc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.code ASC, initiative.pk ASC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'code:desc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.code DESC, initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'title:asc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.title_sort_key ASC, initiative.pk ASC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'title:desc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.title_sort_key DESC, initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'lead_author:asc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.lead_sort_key ASC, initiative.pk ASC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'lead_author:desc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.lead_sort_key DESC, initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'first_applied_on:asc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.first_applied_on ASC, initiative.pk ASC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'first_applied_on:desc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.first_applied_on DESC, initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'benefit:asc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.benefit_value ASC, initiative.pk ASC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
    'benefit:desc': ('SELECT initiative.pk \nFROM initiative \nWHERE initiative.deleted_at IS NULL ORDER BY initiative.benefit_value DESC, initiative.pk DESC\n LIMIT :limit OFFSET :param_1', {'param_1': 0}),
}
