# GENERATED from forms/initiative_editor.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_InitiativeEditor(object):
    def setupUi(self, InitiativeEditor: "QDialog") -> None:
        if not InitiativeEditor.objectName():
            InitiativeEditor.setObjectName(u"InitiativeEditor")
        InitiativeEditor.resize(900, 680)
        InitiativeEditor.setMinimumSize(QSize(760, 560))
        InitiativeEditor.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(InitiativeEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(InitiativeEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(InitiativeEditor)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.codeLabel = QLabel(self.generalTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.generalTab)
        self.codeEdit.setObjectName(u"codeEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(self.generalTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.generalTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fieldLabel = QLabel(self.generalTab)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.generalTab)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.departmentLabel = QLabel(self.generalTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.generalTab)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.programmeLabel = QLabel(self.generalTab)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.generalTab)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.summaryLabel = QLabel(self.generalTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.generalTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonLabel = QLabel(self.generalTab)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.generalTab)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.submissionTitleLabel = QLabel(self.generalTab)
        self.submissionTitleLabel.setObjectName(u"submissionTitleLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.submissionTitleLabel)

        self.submissionLabel = QLabel(self.generalTab)
        self.submissionLabel.setObjectName(u"submissionLabel")
        self.submissionLabel.setText(u"")
        self.submissionLabel.setWordWrap(True)
        self.submissionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.submissionLabel)

        self.tabs.addTab(self.generalTab, "")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentTabLayout = QVBoxLayout(self.contentTab)
        self.contentTabLayout.setObjectName(u"contentTabLayout")
        self.contentTabLayout.setContentsMargins(0, 0, 0, 0)
        self.contentScroll = QScrollArea(self.contentTab)
        self.contentScroll.setObjectName(u"contentScroll")
        self.contentScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contentScroll.setWidgetResizable(True)
        self.contentScrollBody = QWidget()
        self.contentScrollBody.setObjectName(u"contentScrollBody")
        self.contentForm = QFormLayout(self.contentScrollBody)
        self.contentForm.setObjectName(u"contentForm")
        self.contentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.investorLabel = QLabel(self.contentScrollBody)
        self.investorLabel.setObjectName(u"investorLabel")
        self.investorLabel.setWordWrap(True)

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.investorLabel)

        self.investorEdit = QLineEdit(self.contentScrollBody)
        self.investorEdit.setObjectName(u"investorEdit")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.investorEdit)

        self.problemLabel = QLabel(self.contentScrollBody)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problemEdit = QPlainTextEdit(self.contentScrollBody)
        self.problemEdit.setObjectName(u"problemEdit")
        self.problemEdit.setMaximumSize(QSize(16777215, 110))
        self.problemEdit.setTabChangesFocus(True)
        self.problemEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problemEdit)

        self.priorStateLabel = QLabel(self.contentScrollBody)
        self.priorStateLabel.setObjectName(u"priorStateLabel")
        self.priorStateLabel.setWordWrap(True)

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.priorStateLabel)

        self.priorStateEdit = QPlainTextEdit(self.contentScrollBody)
        self.priorStateEdit.setObjectName(u"priorStateEdit")
        self.priorStateEdit.setMaximumSize(QSize(16777215, 110))
        self.priorStateEdit.setTabChangesFocus(True)
        self.priorStateEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priorStateEdit)

        self.contentLabel = QLabel(self.contentScrollBody)
        self.contentLabel.setObjectName(u"contentLabel")
        self.contentLabel.setWordWrap(True)

        self.contentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(self.contentScrollBody)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.applicabilityLabel = QLabel(self.contentScrollBody)
        self.applicabilityLabel.setObjectName(u"applicabilityLabel")
        self.applicabilityLabel.setWordWrap(True)

        self.contentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.applicabilityLabel)

        self.applicabilityEdit = QPlainTextEdit(self.contentScrollBody)
        self.applicabilityEdit.setObjectName(u"applicabilityEdit")
        self.applicabilityEdit.setMaximumSize(QSize(16777215, 110))
        self.applicabilityEdit.setTabChangesFocus(True)
        self.applicabilityEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applicabilityEdit)

        self.conditionsLabel = QLabel(self.contentScrollBody)
        self.conditionsLabel.setObjectName(u"conditionsLabel")
        self.conditionsLabel.setWordWrap(True)

        self.contentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.contentScrollBody)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setMaximumSize(QSize(16777215, 110))
        self.conditionsEdit.setTabChangesFocus(True)
        self.conditionsEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.confidentialInfoLabel = QLabel(self.contentScrollBody)
        self.confidentialInfoLabel.setObjectName(u"confidentialInfoLabel")
        self.confidentialInfoLabel.setWordWrap(True)

        self.contentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confidentialInfoLabel)

        self.confidentialInfoEdit = QPlainTextEdit(self.contentScrollBody)
        self.confidentialInfoEdit.setObjectName(u"confidentialInfoEdit")
        self.confidentialInfoEdit.setMaximumSize(QSize(16777215, 110))
        self.confidentialInfoEdit.setTabChangesFocus(True)
        self.confidentialInfoEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confidentialInfoEdit)

        self.confidentialCheck = QCheckBox(self.contentScrollBody)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.contentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confidentialCheck)

        self.ipProtectedCheck = QCheckBox(self.contentScrollBody)
        self.ipProtectedCheck.setObjectName(u"ipProtectedCheck")

        self.contentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ipProtectedCheck)

        self.notesLabel = QLabel(self.contentScrollBody)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.contentForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.contentScrollBody)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 72))

        self.contentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.contentScroll.setWidget(self.contentScrollBody)

        self.contentTabLayout.addWidget(self.contentScroll)

        self.tabs.addTab(self.contentTab, "")
        self.applicationTab = QWidget()
        self.applicationTab.setObjectName(u"applicationTab")
        self.applicationForm = QFormLayout(self.applicationTab)
        self.applicationForm.setObjectName(u"applicationForm")
        self.applicationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstAppliedLabel = QLabel(self.applicationTab)
        self.firstAppliedLabel.setObjectName(u"firstAppliedLabel")

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstAppliedLabel)

        self.firstAppliedEdit = QLineEdit(self.applicationTab)
        self.firstAppliedEdit.setObjectName(u"firstAppliedEdit")
        self.firstAppliedEdit.setMaximumSize(QSize(220, 16777215))

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstAppliedEdit)

        self.trialCheck = QCheckBox(self.applicationTab)
        self.trialCheck.setObjectName(u"trialCheck")

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trialCheck)

        self.benefitLabel = QLabel(self.applicationTab)
        self.benefitLabel.setObjectName(u"benefitLabel")

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.benefitLabel)

        self.benefitEdit = QLineEdit(self.applicationTab)
        self.benefitEdit.setObjectName(u"benefitEdit")
        self.benefitEdit.setMaximumSize(QSize(320, 16777215))
        self.benefitEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.benefitEdit)

        self.estimateCheck = QCheckBox(self.applicationTab)
        self.estimateCheck.setObjectName(u"estimateCheck")

        self.applicationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.estimateCheck)

        self.notQuantifiableCheck = QCheckBox(self.applicationTab)
        self.notQuantifiableCheck.setObjectName(u"notQuantifiableCheck")

        self.applicationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notQuantifiableCheck)

        self.decisionNumberLabel = QLabel(self.applicationTab)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.applicationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(self.applicationTab)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")
        self.decisionNumberEdit.setMaximumSize(QSize(320, 16777215))

        self.applicationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decidedOnLabel = QLabel(self.applicationTab)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.applicationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = QLineEdit(self.applicationTab)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")
        self.decidedOnEdit.setMaximumSize(QSize(220, 16777215))

        self.applicationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.tabs.addTab(self.applicationTab, "")
        self.authorsTab = QWidget()
        self.authorsTab.setObjectName(u"authorsTab")
        self.authorsLayout = QVBoxLayout(self.authorsTab)
        self.authorsLayout.setObjectName(u"authorsLayout")
        self.authorHintLabel = QLabel(self.authorsTab)
        self.authorHintLabel.setObjectName(u"authorHintLabel")
        self.authorHintLabel.setWordWrap(True)

        self.authorsLayout.addWidget(self.authorHintLabel)

        self.authorSearchEdit = QLineEdit(self.authorsTab)
        self.authorSearchEdit.setObjectName(u"authorSearchEdit")
        self.authorSearchEdit.setClearButtonEnabled(True)

        self.authorsLayout.addWidget(self.authorSearchEdit)

        self.authorsRow = QHBoxLayout()
        self.authorsRow.setObjectName(u"authorsRow")
        self.authorsTable = QTableView(self.authorsTab)
        self.authorsTable.setObjectName(u"authorsTable")
        self.authorsTable.setAlternatingRowColors(True)
        self.authorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.authorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authorsTable.verticalHeader().setVisible(False)

        self.authorsRow.addWidget(self.authorsTable)

        self.authorButtons = QVBoxLayout()
        self.authorButtons.setObjectName(u"authorButtons")
        self.moveUpButton = QPushButton(self.authorsTab)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.authorButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.authorsTab)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.authorButtons.addWidget(self.moveDownButton)

        self.removeAuthorButton = QPushButton(self.authorsTab)
        self.removeAuthorButton.setObjectName(u"removeAuthorButton")
        self.removeAuthorButton.setAutoDefault(False)

        self.authorButtons.addWidget(self.removeAuthorButton)

        self.authorButtonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.authorButtons.addItem(self.authorButtonsSpacer)


        self.authorsRow.addLayout(self.authorButtons)


        self.authorsLayout.addLayout(self.authorsRow)

        self.shareTotalLabel = QLabel(self.authorsTab)
        self.shareTotalLabel.setObjectName(u"shareTotalLabel")
        self.shareTotalLabel.setText(u"")
        self.shareTotalLabel.setWordWrap(True)

        self.authorsLayout.addWidget(self.shareTotalLabel)

        self.authorsMessageLabel = QLabel(self.authorsTab)
        self.authorsMessageLabel.setObjectName(u"authorsMessageLabel")
        self.authorsMessageLabel.setStyleSheet(u"color: #b00020;")
        self.authorsMessageLabel.setText(u"")
        self.authorsMessageLabel.setWordWrap(True)

        self.authorsLayout.addWidget(self.authorsMessageLabel)

        self.tabs.addTab(self.authorsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsHintLabel = QLabel(self.attachmentsTab)
        self.attachmentsHintLabel.setObjectName(u"attachmentsHintLabel")
        self.attachmentsHintLabel.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsHintLabel)

        self.attachmentsTree = QTreeWidget(self.attachmentsTab)
        self.attachmentsTree.setObjectName(u"attachmentsTree")
        self.attachmentsTree.setRootIsDecorated(False)
        self.attachmentsTree.setUniformRowHeights(True)
        self.attachmentsTree.setAlternatingRowColors(True)

        self.attachmentsLayout.addWidget(self.attachmentsTree)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.attachmentKindLabel = QLabel(self.attachmentsTab)
        self.attachmentKindLabel.setObjectName(u"attachmentKindLabel")

        self.attachmentButtons.addWidget(self.attachmentKindLabel)

        self.attachmentKindCombo = QComboBox(self.attachmentsTab)
        self.attachmentKindCombo.setObjectName(u"attachmentKindCombo")

        self.attachmentButtons.addWidget(self.attachmentKindCombo)

        self.addAttachmentButton = QPushButton(self.attachmentsTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")
        self.addAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentsTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")
        self.openAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")
        self.removeAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentButtonsSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentsMessageLabel = QLabel(self.attachmentsTab)
        self.attachmentsMessageLabel.setObjectName(u"attachmentsMessageLabel")
        self.attachmentsMessageLabel.setStyleSheet(u"color: #b00020;")
        self.attachmentsMessageLabel.setText(u"")
        self.attachmentsMessageLabel.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsMessageLabel)

        self.tabs.addTab(self.attachmentsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyHintLabel = QLabel(self.historyTab)
        self.historyHintLabel.setObjectName(u"historyHintLabel")
        self.historyHintLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHintLabel)

        self.historyTree = QTreeWidget(self.historyTab)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTree)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(InitiativeEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.recognitionButton = QPushButton(InitiativeEditor)
        self.recognitionButton.setObjectName(u"recognitionButton")

        self.buttonRow.addWidget(self.recognitionButton)

        self.remunerationButton = QPushButton(InitiativeEditor)
        self.remunerationButton.setObjectName(u"remunerationButton")

        self.buttonRow.addWidget(self.remunerationButton)

        self.buttonBox = QDialogButtonBox(InitiativeEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.investorLabel.setBuddy(self.investorEdit)
        self.problemLabel.setBuddy(self.problemEdit)
        self.priorStateLabel.setBuddy(self.priorStateEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.applicabilityLabel.setBuddy(self.applicabilityEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.confidentialInfoLabel.setBuddy(self.confidentialInfoEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.firstAppliedLabel.setBuddy(self.firstAppliedEdit)
        self.benefitLabel.setBuddy(self.benefitEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.attachmentKindLabel.setBuddy(self.attachmentKindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.fieldCombo)
        QWidget.setTabOrder(self.fieldCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.investorEdit)
        QWidget.setTabOrder(self.investorEdit, self.problemEdit)
        QWidget.setTabOrder(self.problemEdit, self.priorStateEdit)
        QWidget.setTabOrder(self.priorStateEdit, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.applicabilityEdit)
        QWidget.setTabOrder(self.applicabilityEdit, self.conditionsEdit)
        QWidget.setTabOrder(self.conditionsEdit, self.confidentialInfoEdit)
        QWidget.setTabOrder(self.confidentialInfoEdit, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.ipProtectedCheck)
        QWidget.setTabOrder(self.ipProtectedCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.firstAppliedEdit)
        QWidget.setTabOrder(self.firstAppliedEdit, self.trialCheck)
        QWidget.setTabOrder(self.trialCheck, self.benefitEdit)
        QWidget.setTabOrder(self.benefitEdit, self.estimateCheck)
        QWidget.setTabOrder(self.estimateCheck, self.notQuantifiableCheck)
        QWidget.setTabOrder(self.notQuantifiableCheck, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.authorSearchEdit)
        QWidget.setTabOrder(self.authorSearchEdit, self.authorsTable)
        QWidget.setTabOrder(self.authorsTable, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.removeAuthorButton)
        QWidget.setTabOrder(self.removeAuthorButton, self.attachmentsTree)
        QWidget.setTabOrder(self.attachmentsTree, self.attachmentKindCombo)
        QWidget.setTabOrder(self.attachmentKindCombo, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.openAttachmentButton)
        QWidget.setTabOrder(self.openAttachmentButton, self.removeAttachmentButton)
        QWidget.setTabOrder(self.removeAttachmentButton, self.historyTree)
        QWidget.setTabOrder(self.historyTree, self.recognitionButton)
        QWidget.setTabOrder(self.recognitionButton, self.remunerationButton)

        self.retranslateUi(InitiativeEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InitiativeEditor)
    # setupUi

    def retranslateUi(self, InitiativeEditor: "QDialog") -> None:
        InitiativeEditor.setWindowTitle(QCoreApplication.translate("InitiativeEditor", u"Initiative", None))
        self.codeLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Assigned automatically when first saved", None))
        self.titleLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Title *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("InitiativeEditor", u"Title of the initiative", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"State what the solution is, e.g. \u201cC\u1ea3i ti\u1ebfn b\u0103ng t\u1ea3i ph\u00e2n x\u01b0\u1edfng 1\u201d", None))
        self.kindLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Solution kind *", None))
        self.fieldLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Field *", None))
        self.departmentLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Department", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"e.g. Ph\u00e2n x\u01b0\u1edfng D\u1ec7t", None))
        self.programmeLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Programme", None))
#if QT_CONFIG(tooltip)
        self.programmeCombo.setToolTip(QCoreApplication.translate("InitiativeEditor", u"The programme the grassroots union confirms this initiative for; needed before it can be uploaded", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Summary", None))
        self.statusLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Status", None))
        self.reasonLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Reason for going back *", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Why the status moves back (kept in the history)", None))
        self.submissionTitleLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Upload to upper union", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("InitiativeEditor", u"General", None))
        self.investorLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Investor who funded the initiative", None))
        self.investorEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Leave blank when it is the employer", None))
        self.problemLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Problem to be solved", None))
        self.priorStateLabel.setText(QCoreApplication.translate("InitiativeEditor", u"State before application", None))
        self.priorStateEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"How the work was done before the initiative and its shortcomings", None))
        self.contentLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Content of the solution", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"The steps of the solution, what it needs to be applied and what it changes", None))
        self.applicabilityLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Applicability", None))
        self.applicabilityEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Where and by whom the solution can be applied", None))
        self.conditionsLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Conditions needed to apply the initiative", None))
        self.confidentialInfoLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Information to be kept confidential", None))
        self.confidentialInfoEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Leave blank if there is none", None))
        self.confidentialCheck.setText(QCoreApplication.translate("InitiativeEditor", u"Confidential initiative (only the reduced set of data is uploaded)", None))
        self.ipProtectedCheck.setText(QCoreApplication.translate("InitiativeEditor", u"Already protected as intellectual property", None))
        self.notesLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Notes (never uploaded)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentTab), QCoreApplication.translate("InitiativeEditor", u"Content", None))
        self.firstAppliedLabel.setText(QCoreApplication.translate("InitiativeEditor", u"First applied on", None))
        self.firstAppliedEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"dd/mm/yyyy", None))
        self.trialCheck.setText(QCoreApplication.translate("InitiativeEditor", u"The first application was a trial", None))
        self.benefitLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Benefit (VND per year)", None))
        self.benefitEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"e.g. 12.500.000", None))
        self.estimateCheck.setText(QCoreApplication.translate("InitiativeEditor", u"The benefit is an estimate", None))
        self.notQuantifiableCheck.setText(QCoreApplication.translate("InitiativeEditor", u"The benefit cannot be expressed in money", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Recognition decision no.", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Only for an initiative already recognised", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Decision date", None))
        self.decidedOnEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"dd/mm/yyyy", None))
        self.tabs.setTabText(self.tabs.indexOf(self.applicationTab), QCoreApplication.translate("InitiativeEditor", u"Application && benefit", None))
        self.authorHintLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Type a name (accents optional) and pick the right person from the list, or press Enter to add a new person with that name. The first author is the lead author.", None))
#if QT_CONFIG(accessibility)
        self.authorSearchEdit.setAccessibleName(QCoreApplication.translate("InitiativeEditor", u"Find or add an author", None))
#endif // QT_CONFIG(accessibility)
        self.authorSearchEdit.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Find or add an author\u2026", None))
        self.moveUpButton.setText(QCoreApplication.translate("InitiativeEditor", u"Move up", None))
        self.moveDownButton.setText(QCoreApplication.translate("InitiativeEditor", u"Move down", None))
        self.removeAuthorButton.setText(QCoreApplication.translate("InitiativeEditor", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.authorsTab), QCoreApplication.translate("InitiativeEditor", u"Authors", None))
        self.attachmentsHintLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Files can be attached once the initiative has been saved for the first time.", None))
        ___qtreewidgetitem = self.attachmentsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("InitiativeEditor", u"Size", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("InitiativeEditor", u"Kind", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("InitiativeEditor", u"File", None))
        self.attachmentKindLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Kind of file:", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("InitiativeEditor", u"Add files\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("InitiativeEditor", u"Open", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("InitiativeEditor", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("InitiativeEditor", u"Attachments", None))
        self.historyHintLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Every saved change, newest first.", None))
        ___qtreewidgetitem1 = self.historyTree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("InitiativeEditor", u"After", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("InitiativeEditor", u"Before", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("InitiativeEditor", u"Field", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("InitiativeEditor", u"Change", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("InitiativeEditor", u"Officer", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("InitiativeEditor", u"When", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("InitiativeEditor", u"History", None))
        self.recognitionButton.setText(QCoreApplication.translate("InitiativeEditor", u"Recognition\u2026", None))
#if QT_CONFIG(tooltip)
        self.recognitionButton.setToolTip(QCoreApplication.translate("InitiativeEditor", u"The application for recognition, the employer's decision and programme eligibility", None))
#endif // QT_CONFIG(tooltip)
        self.remunerationButton.setText(QCoreApplication.translate("InitiativeEditor", u"Remuneration\u2026", None))
#if QT_CONFIG(tooltip)
        self.remunerationButton.setToolTip(QCoreApplication.translate("InitiativeEditor", u"Decree 13 remuneration: the yearly dues per author and the payments made", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

