# GENERATED from forms/audit_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_AuditPage(object):
    def setupUi(self, AuditPage: "QWidget") -> None:
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1100, 600)
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.entityLabel = QLabel(AuditPage)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterRow.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(AuditPage)
        self.entityCombo.setObjectName(u"entityCombo")

        self.filterRow.addWidget(self.entityCombo)

        self.officerLabel = QLabel(AuditPage)
        self.officerLabel.setObjectName(u"officerLabel")

        self.filterRow.addWidget(self.officerLabel)

        self.officerCombo = QComboBox(AuditPage)
        self.officerCombo.setObjectName(u"officerCombo")

        self.filterRow.addWidget(self.officerCombo)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterRow.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.periodLabel = QLabel(AuditPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(AuditPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterRow.addWidget(self.periodCombo)

        self.sinceEdit = QDateEdit(AuditPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.sinceEdit)

        self.untilEdit = QDateEdit(AuditPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.untilEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.recordEdit)

        self.textEdit = QLineEdit(AuditPage)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.textEdit)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(180, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.searchRow)

        self.tableView = QTableView(AuditPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.hintLabel = QLabel(AuditPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entityCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.tableView)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage: "QWidget") -> None:
        AuditPage.setWindowTitle(QCoreApplication.translate("AuditPage", u"Change log", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditPage", u"&Record type:", None))
        self.officerLabel.setText(QCoreApplication.translate("AuditPage", u"&Officer:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"&Change:", None))
        self.periodLabel.setText(QCoreApplication.translate("AuditPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.recordEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Record code or ID", None))
#endif // QT_CONFIG(accessibility)
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Initiative code or record ID\u2026", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Search in values", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Text in the old or new value\u2026", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("AuditPage", u"Change log", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AuditPage", u"The change log is kept by the program and cannot be edited. Times are shown in this computer's time zone.", None))
    # retranslateUi

