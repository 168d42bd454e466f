# GENERATED from forms/recognition_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recognition_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_RecognitionDialog(object):
    def setupUi(self, RecognitionDialog: "QDialog") -> None:
        if not RecognitionDialog.objectName():
            RecognitionDialog.setObjectName(u"RecognitionDialog")
        RecognitionDialog.resize(620, 720)
        self.dialogLayout = QVBoxLayout(RecognitionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(RecognitionDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.scrollArea = QScrollArea(RecognitionDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.applicationGroup = QGroupBox(self.scrollContents)
        self.applicationGroup.setObjectName(u"applicationGroup")
        self.applicationForm = QFormLayout(self.applicationGroup)
        self.applicationForm.setObjectName(u"applicationForm")
        self.applicationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deadlineLabel = QLabel(self.applicationGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setText(u"")
        self.deadlineLabel.setWordWrap(True)
        self.deadlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.deadlineLabel)

        self.filedLabel = QLabel(self.applicationGroup)
        self.filedLabel.setObjectName(u"filedLabel")

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.filedLabel)

        self.filedEdit = QLineEdit(self.applicationGroup)
        self.filedEdit.setObjectName(u"filedEdit")

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.filedEdit)

        self.addresseeLabel = QLabel(self.applicationGroup)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeCombo = QComboBox(self.applicationGroup)
        self.addresseeCombo.setObjectName(u"addresseeCombo")
        self.addresseeCombo.setEditable(True)

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addresseeCombo)

        self.receiptLabel = QLabel(self.applicationGroup)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.applicationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = QLineEdit(self.applicationGroup)
        self.receiptEdit.setObjectName(u"receiptEdit")
        self.receiptEdit.setMaxLength(40)

        self.applicationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileButton = QPushButton(self.applicationGroup)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)

        self.fileRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileRowSpacer)


        self.applicationForm.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.fileRow)

        self.requestStateLabel = QLabel(self.applicationGroup)
        self.requestStateLabel.setObjectName(u"requestStateLabel")

        self.applicationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.requestStateLabel)

        self.requestStateInfo = QLabel(self.applicationGroup)
        self.requestStateInfo.setObjectName(u"requestStateInfo")
        self.requestStateInfo.setText(u"")
        self.requestStateInfo.setWordWrap(True)
        self.requestStateInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.applicationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requestStateInfo)

        self.stateLabel = QLabel(self.applicationGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.applicationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateCombo = QComboBox(self.applicationGroup)
        self.stateCombo.setObjectName(u"stateCombo")

        self.applicationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stateCombo)

        self.acceptedLabel = QLabel(self.applicationGroup)
        self.acceptedLabel.setObjectName(u"acceptedLabel")

        self.applicationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.acceptedLabel)

        self.acceptedEdit = QLineEdit(self.applicationGroup)
        self.acceptedEdit.setObjectName(u"acceptedEdit")

        self.applicationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.acceptedEdit)

        self.stateReasonLabel = QLabel(self.applicationGroup)
        self.stateReasonLabel.setObjectName(u"stateReasonLabel")

        self.applicationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stateReasonLabel)

        self.stateReasonEdit = QLineEdit(self.applicationGroup)
        self.stateReasonEdit.setObjectName(u"stateReasonEdit")

        self.applicationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stateReasonEdit)

        self.stateRow = QHBoxLayout()
        self.stateRow.setObjectName(u"stateRow")
        self.stateButton = QPushButton(self.applicationGroup)
        self.stateButton.setObjectName(u"stateButton")

        self.stateRow.addWidget(self.stateButton)

        self.stateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateRow.addItem(self.stateRowSpacer)


        self.applicationForm.setLayout(9, QFormLayout.ItemRole.SpanningRole, self.stateRow)


        self.contentsLayout.addWidget(self.applicationGroup)

        self.decisionGroup = QGroupBox(self.scrollContents)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(self.decisionGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.decisionGroup)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.decidedOnLabel = QLabel(self.decisionGroup)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = QLineEdit(self.decisionGroup)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.issuerLabel = QLabel(self.decisionGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerCombo = QComboBox(self.decisionGroup)
        self.issuerCombo.setObjectName(u"issuerCombo")
        self.issuerCombo.setEditable(True)

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerCombo)

        self.signerLabel = QLabel(self.decisionGroup)
        self.signerLabel.setObjectName(u"signerLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(self.decisionGroup)
        self.signerEdit.setObjectName(u"signerEdit")
        self.signerEdit.setMaxLength(120)

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.signerTitleLabel = QLabel(self.decisionGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.decisionGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")
        self.signerTitleEdit.setMaxLength(120)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.levelLabel = QLabel(self.decisionGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.decisionGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.outcomeLabel = QLabel(self.decisionGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.decisionGroup)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.refusalReasonLabel = QLabel(self.decisionGroup)
        self.refusalReasonLabel.setObjectName(u"refusalReasonLabel")

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.refusalReasonLabel)

        self.refusalReasonEdit = QLineEdit(self.decisionGroup)
        self.refusalReasonEdit.setObjectName(u"refusalReasonEdit")

        self.decisionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.refusalReasonEdit)

        self.scanLabel = QLabel(self.decisionGroup)
        self.scanLabel.setObjectName(u"scanLabel")

        self.decisionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanEdit = QLineEdit(self.decisionGroup)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setReadOnly(True)

        self.decisionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scanEdit)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.chooseScanButton = QPushButton(self.decisionGroup)
        self.chooseScanButton.setObjectName(u"chooseScanButton")

        self.decisionRow.addWidget(self.chooseScanButton)

        self.openScanButton = QPushButton(self.decisionGroup)
        self.openScanButton.setObjectName(u"openScanButton")

        self.decisionRow.addWidget(self.openScanButton)

        self.decisionButton = QPushButton(self.decisionGroup)
        self.decisionButton.setObjectName(u"decisionButton")

        self.decisionRow.addWidget(self.decisionButton)

        self.decisionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionRowSpacer)


        self.decisionForm.setLayout(9, QFormLayout.ItemRole.SpanningRole, self.decisionRow)


        self.contentsLayout.addWidget(self.decisionGroup)

        self.eligibilityGroup = QGroupBox(self.scrollContents)
        self.eligibilityGroup.setObjectName(u"eligibilityGroup")
        self.eligibilityLayout = QVBoxLayout(self.eligibilityGroup)
        self.eligibilityLayout.setObjectName(u"eligibilityLayout")
        self.eligibilityLabel = QLabel(self.eligibilityGroup)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")
        self.eligibilityLabel.setText(u"")
        self.eligibilityLabel.setWordWrap(True)
        self.eligibilityLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.eligibilityLayout.addWidget(self.eligibilityLabel)


        self.contentsLayout.addWidget(self.eligibilityGroup)

        self.scrollArea.setWidget(self.scrollContents)

        self.dialogLayout.addWidget(self.scrollArea)

        self.generalLabel = QLabel(RecognitionDialog)
        self.generalLabel.setObjectName(u"generalLabel")
        self.generalLabel.setText(u"")
        self.generalLabel.setWordWrap(True)
        self.generalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalLabel)

        self.buttonBox = QDialogButtonBox(RecognitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.filedLabel.setBuddy(self.filedEdit)
        self.addresseeLabel.setBuddy(self.addresseeCombo)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.stateLabel.setBuddy(self.stateCombo)
        self.acceptedLabel.setBuddy(self.acceptedEdit)
        self.stateReasonLabel.setBuddy(self.stateReasonEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.issuerLabel.setBuddy(self.issuerCombo)
        self.signerLabel.setBuddy(self.signerEdit)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.refusalReasonLabel.setBuddy(self.refusalReasonEdit)
        self.scanLabel.setBuddy(self.scanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filedEdit, self.addresseeCombo)
        QWidget.setTabOrder(self.addresseeCombo, self.receiptEdit)
        QWidget.setTabOrder(self.receiptEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.acceptedEdit)
        QWidget.setTabOrder(self.acceptedEdit, self.stateReasonEdit)
        QWidget.setTabOrder(self.stateReasonEdit, self.stateButton)
        QWidget.setTabOrder(self.stateButton, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.issuerCombo)
        QWidget.setTabOrder(self.issuerCombo, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.signerTitleEdit)
        QWidget.setTabOrder(self.signerTitleEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.refusalReasonEdit)
        QWidget.setTabOrder(self.refusalReasonEdit, self.chooseScanButton)
        QWidget.setTabOrder(self.chooseScanButton, self.openScanButton)
        QWidget.setTabOrder(self.openScanButton, self.decisionButton)

        self.retranslateUi(RecognitionDialog)

        QMetaObject.connectSlotsByName(RecognitionDialog)
    # setupUi

    def retranslateUi(self, RecognitionDialog: "QDialog") -> None:
        RecognitionDialog.setWindowTitle(QCoreApplication.translate("RecognitionDialog", u"Recognition", None))
        self.applicationGroup.setTitle(QCoreApplication.translate("RecognitionDialog", u"Application for recognition", None))
        self.filedLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Filing date *", None))
        self.filedEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"dd/mm/yyyy", None))
        self.addresseeLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Addressed to", None))
        self.receiptLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Receipt number", None))
        self.fileButton.setText(QCoreApplication.translate("RecognitionDialog", u"File application", None))
        self.requestStateLabel.setText(QCoreApplication.translate("RecognitionDialog", u"State of the application", None))
        self.stateLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Employer's answer", None))
        self.acceptedLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Accepted on", None))
        self.acceptedEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"dd/mm/yyyy", None))
        self.stateReasonLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Reason", None))
        self.stateReasonEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"required when documents are requested or the application is rejected", None))
        self.stateButton.setText(QCoreApplication.translate("RecognitionDialog", u"Record the answer", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("RecognitionDialog", u"Employer's recognition decision", None))
        self.numberLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Decision number *", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"e.g. 15/Q\u0110-ABC", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Decision date *", None))
        self.decidedOnEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"dd/mm/yyyy", None))
        self.issuerLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Issued by", None))
        self.signerLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Signed by *", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Signing authority", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"e.g. GI\u00c1M \u0110\u1ed0C", None))
        self.levelLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Level", None))
        self.outcomeLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Outcome", None))
        self.refusalReasonLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Reason for not recognising", None))
        self.scanLabel.setText(QCoreApplication.translate("RecognitionDialog", u"Scanned decision", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("RecognitionDialog", u"no file chosen", None))
        self.chooseScanButton.setText(QCoreApplication.translate("RecognitionDialog", u"Choose scan\u2026", None))
        self.openScanButton.setText(QCoreApplication.translate("RecognitionDialog", u"Open scan", None))
        self.decisionButton.setText(QCoreApplication.translate("RecognitionDialog", u"Record decision", None))
        self.eligibilityGroup.setTitle(QCoreApplication.translate("RecognitionDialog", u"Programme eligibility", None))
    # retranslateUi

