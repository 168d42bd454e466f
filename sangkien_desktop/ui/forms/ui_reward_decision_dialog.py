# GENERATED from forms/reward_decision_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reward_decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_RewardDecisionDialog(object):
    def setupUi(self, RewardDecisionDialog: "QDialog") -> None:
        if not RewardDecisionDialog.objectName():
            RewardDecisionDialog.setObjectName(u"RewardDecisionDialog")
        RewardDecisionDialog.resize(1040, 680)
        self.dialogLayout = QVBoxLayout(RewardDecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formWidget = QWidget(RewardDecisionDialog)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.numberLabel = QLabel(self.formWidget)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.formWidget)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.decidedOnLabel = QLabel(self.formWidget)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = QLineEdit(self.formWidget)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.issuerKindLabel = QLabel(self.formWidget)
        self.issuerKindLabel.setObjectName(u"issuerKindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerKindLabel)

        self.issuerKindCombo = QComboBox(self.formWidget)
        self.issuerKindCombo.setObjectName(u"issuerKindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerKindCombo)

        self.authorityLabel = QLabel(self.formWidget)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(self.formWidget)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.fundSourceLabel = QLabel(self.formWidget)
        self.fundSourceLabel.setObjectName(u"fundSourceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fundSourceLabel)

        self.fundSourceCombo = QComboBox(self.formWidget)
        self.fundSourceCombo.setObjectName(u"fundSourceCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fundSourceCombo)

        self.subjectLabel = QLabel(self.formWidget)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.formWidget)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectEdit)


        self.dialogLayout.addWidget(self.formWidget)

        self.tabWidget = QTabWidget(RewardDecisionDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.recipientsTab = QWidget()
        self.recipientsTab.setObjectName(u"recipientsTab")
        self.recipientsLayout = QVBoxLayout(self.recipientsTab)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.personSearchEdit = QLineEdit(self.recipientsTab)
        self.personSearchEdit.setObjectName(u"personSearchEdit")
        self.personSearchEdit.setClearButtonEnabled(True)

        self.recipientsLayout.addWidget(self.personSearchEdit)

        self.recipientsTable = QTableView(self.recipientsTab)
        self.recipientsTable.setObjectName(u"recipientsTable")
        self.recipientsTable.setAlternatingRowColors(True)
        self.recipientsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipientsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipientsTable.verticalHeader().setVisible(False)

        self.recipientsLayout.addWidget(self.recipientsTable)

        self.rowActions = QHBoxLayout()
        self.rowActions.setObjectName(u"rowActions")
        self.removeButton = QPushButton(self.recipientsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.rowActions.addWidget(self.removeButton)

        self.rowActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowActions.addItem(self.rowActionsSpacer)

        self.totalLabel = QLabel(self.recipientsTab)
        self.totalLabel.setObjectName(u"totalLabel")

        self.rowActions.addWidget(self.totalLabel)


        self.recipientsLayout.addLayout(self.rowActions)

        self.splitGroup = QGroupBox(self.recipientsTab)
        self.splitGroup.setObjectName(u"splitGroup")
        self.splitLayout = QHBoxLayout(self.splitGroup)
        self.splitLayout.setObjectName(u"splitLayout")
        self.splitInitiativeEdit = QLineEdit(self.splitGroup)
        self.splitInitiativeEdit.setObjectName(u"splitInitiativeEdit")

        self.splitLayout.addWidget(self.splitInitiativeEdit)

        self.splitTotalEdit = QLineEdit(self.splitGroup)
        self.splitTotalEdit.setObjectName(u"splitTotalEdit")

        self.splitLayout.addWidget(self.splitTotalEdit)

        self.splitButton = QPushButton(self.splitGroup)
        self.splitButton.setObjectName(u"splitButton")

        self.splitLayout.addWidget(self.splitButton)


        self.recipientsLayout.addWidget(self.splitGroup)

        self.tabWidget.addTab(self.recipientsTab, "")
        self.basesTab = QWidget()
        self.basesTab.setObjectName(u"basesTab")
        self.basesLayout = QFormLayout(self.basesTab)
        self.basesLayout.setObjectName(u"basesLayout")
        self.legalBasesLabel = QLabel(self.basesTab)
        self.legalBasesLabel.setObjectName(u"legalBasesLabel")

        self.basesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legalBasesLabel)

        self.legalBasesEdit = QPlainTextEdit(self.basesTab)
        self.legalBasesEdit.setObjectName(u"legalBasesEdit")

        self.basesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legalBasesEdit)

        self.distributionLabel = QLabel(self.basesTab)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.basesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.distributionLabel)

        self.distributionEdit = QPlainTextEdit(self.basesTab)
        self.distributionEdit.setObjectName(u"distributionEdit")

        self.basesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.distributionEdit)

        self.tabWidget.addTab(self.basesTab, "")

        self.dialogLayout.addWidget(self.tabWidget)

        self.generalLabel = QLabel(RewardDecisionDialog)
        self.generalLabel.setObjectName(u"generalLabel")
        self.generalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalLabel)

        self.buttonBox = QDialogButtonBox(RewardDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.issuerKindLabel.setBuddy(self.issuerKindCombo)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.fundSourceLabel.setBuddy(self.fundSourceCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.legalBasesLabel.setBuddy(self.legalBasesEdit)
        self.distributionLabel.setBuddy(self.distributionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.issuerKindCombo)
        QWidget.setTabOrder(self.issuerKindCombo, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.fundSourceCombo)
        QWidget.setTabOrder(self.fundSourceCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.tabWidget)
        QWidget.setTabOrder(self.tabWidget, self.personSearchEdit)
        QWidget.setTabOrder(self.personSearchEdit, self.recipientsTable)
        QWidget.setTabOrder(self.recipientsTable, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.splitInitiativeEdit)
        QWidget.setTabOrder(self.splitInitiativeEdit, self.splitTotalEdit)
        QWidget.setTabOrder(self.splitTotalEdit, self.splitButton)
        QWidget.setTabOrder(self.splitButton, self.legalBasesEdit)
        QWidget.setTabOrder(self.legalBasesEdit, self.distributionEdit)

        self.retranslateUi(RewardDecisionDialog)
        self.buttonBox.rejected.connect(RewardDecisionDialog.reject)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RewardDecisionDialog)
    # setupUi

    def retranslateUi(self, RewardDecisionDialog: "QDialog") -> None:
        RewardDecisionDialog.setWindowTitle(QCoreApplication.translate("RewardDecisionDialog", u"Reward decision", None))
        self.numberLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Decision number", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"e.g. 01/Q\u0110-C\u0110CS", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Date", None))
        self.decidedOnEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"dd/mm/yyyy", None))
        self.issuerKindLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Issued by", None))
        self.authorityLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Signing authority", None))
        self.fundSourceLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Fund source", None))
        self.subjectLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Subject", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"e.g. On rewarding initiatives in 2024", None))
#if QT_CONFIG(accessibility)
        self.personSearchEdit.setAccessibleName(QCoreApplication.translate("RewardDecisionDialog", u"Add a recipient", None))
#endif // QT_CONFIG(accessibility)
        self.personSearchEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"Type a name and pick the person, or type a collective's name and press Enter", None))
#if QT_CONFIG(accessibility)
        self.recipientsTable.setAccessibleName(QCoreApplication.translate("RewardDecisionDialog", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("RewardDecisionDialog", u"&Remove line", None))
        self.totalLabel.setText("")
        self.splitGroup.setTitle(QCoreApplication.translate("RewardDecisionDialog", u"Split an amount among the co-authors of an initiative", None))
#if QT_CONFIG(accessibility)
        self.splitInitiativeEdit.setAccessibleName(QCoreApplication.translate("RewardDecisionDialog", u"Initiative to split for", None))
#endif // QT_CONFIG(accessibility)
        self.splitInitiativeEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"Initiative code, e.g. 2024-ABC-0001", None))
#if QT_CONFIG(accessibility)
        self.splitTotalEdit.setAccessibleName(QCoreApplication.translate("RewardDecisionDialog", u"Amount to split", None))
#endif // QT_CONFIG(accessibility)
        self.splitTotalEdit.setPlaceholderText(QCoreApplication.translate("RewardDecisionDialog", u"Total amount, e.g. 3.000.000", None))
        self.splitButton.setText(QCoreApplication.translate("RewardDecisionDialog", u"&Split among co-authors", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.recipientsTab), QCoreApplication.translate("RewardDecisionDialog", u"Recipients", None))
        self.legalBasesLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Legal bases (one per line)", None))
        self.distributionLabel.setText(QCoreApplication.translate("RewardDecisionDialog", u"Distribution (one per line)", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.basesTab), QCoreApplication.translate("RewardDecisionDialog", u"Legal bases and distribution", None))
        self.generalLabel.setText("")
    # retranslateUi

