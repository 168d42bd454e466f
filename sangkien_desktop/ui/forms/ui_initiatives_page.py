# GENERATED from forms/initiatives_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiatives_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_InitiativesPage(object):
    def setupUi(self, InitiativesPage: "QWidget") -> None:
        if not InitiativesPage.objectName():
            InitiativesPage.setObjectName(u"InitiativesPage")
        InitiativesPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(InitiativesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(InitiativesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(InitiativesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(180, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.searchRow)

        self.tableView = QTableView(InitiativesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)


        self.retranslateUi(InitiativesPage)

        QMetaObject.connectSlotsByName(InitiativesPage)
    # setupUi

    def retranslateUi(self, InitiativesPage: "QWidget") -> None:
        InitiativesPage.setWindowTitle(QCoreApplication.translate("InitiativesPage", u"S\u00e1ng ki\u1ebfn", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"T\u00ecm s\u00e1ng ki\u1ebfn", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InitiativesPage", u"T\u00ecm s\u00e1ng ki\u1ebfn, t\u00e1c gi\u1ea3, s\u1ed1 quy\u1ebft \u0111\u1ecbnh\u2026 (kh\u00f4ng c\u1ea7n d\u1ea5u)", None))
        self.countLabel.setText("")
    # retranslateUi

