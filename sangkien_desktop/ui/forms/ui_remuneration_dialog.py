# GENERATED from forms/remuneration_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remuneration_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_RemunerationDialog(object):
    def setupUi(self, RemunerationDialog: "QDialog") -> None:
        if not RemunerationDialog.objectName():
            RemunerationDialog.setObjectName(u"RemunerationDialog")
        RemunerationDialog.resize(860, 620)
        self.dialogLayout = QVBoxLayout(RemunerationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(RemunerationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.ruleLabel = QLabel(RemunerationDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.duesTree = QTreeWidget(RemunerationDialog)
        self.duesTree.setObjectName(u"duesTree")
        self.duesTree.setAlternatingRowColors(True)
        self.duesTree.setUniformRowHeights(True)

        self.dialogLayout.addWidget(self.duesTree)

        self.totalsLabel = QLabel(RemunerationDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.dialogLayout.addWidget(self.totalsLabel)

        self.paymentGroup = QGroupBox(RemunerationDialog)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentForm = QFormLayout(self.paymentGroup)
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(self.paymentGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.paymentGroup)
        self.yearCombo.setObjectName(u"yearCombo")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.authorLabel = QLabel(self.paymentGroup)
        self.authorLabel.setObjectName(u"authorLabel")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorCombo = QComboBox(self.paymentGroup)
        self.authorCombo.setObjectName(u"authorCombo")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorCombo)

        self.amountLabel = QLabel(self.paymentGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(self.paymentGroup)
        self.amountEdit.setObjectName(u"amountEdit")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.paidOnLabel = QLabel(self.paymentGroup)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEdit = QLineEdit(self.paymentGroup)
        self.paidOnEdit.setObjectName(u"paidOnEdit")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paidOnEdit)

        self.proofLabel = QLabel(self.paymentGroup)
        self.proofLabel.setObjectName(u"proofLabel")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proofLabel)

        self.proofRow = QHBoxLayout()
        self.proofRow.setObjectName(u"proofRow")
        self.proofFileLabel = QLabel(self.paymentGroup)
        self.proofFileLabel.setObjectName(u"proofFileLabel")

        self.proofRow.addWidget(self.proofFileLabel)

        self.proofSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proofRow.addItem(self.proofSpacer)

        self.chooseProofButton = QPushButton(self.paymentGroup)
        self.chooseProofButton.setObjectName(u"chooseProofButton")
        self.chooseProofButton.setAutoDefault(False)

        self.proofRow.addWidget(self.chooseProofButton)


        self.paymentForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.proofRow)

        self.noteLabel = QLabel(self.paymentGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.paymentGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.recordButton = QPushButton(self.paymentGroup)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.paymentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recordButton)


        self.dialogLayout.addWidget(self.paymentGroup)

        self.messageLabel = QLabel(RemunerationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RemunerationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.authorLabel.setBuddy(self.authorCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.proofLabel.setBuddy(self.chooseProofButton)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.duesTree, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.authorCombo)
        QWidget.setTabOrder(self.authorCombo, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.chooseProofButton)
        QWidget.setTabOrder(self.chooseProofButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.recordButton)

        self.retranslateUi(RemunerationDialog)

        QMetaObject.connectSlotsByName(RemunerationDialog)
    # setupUi

    def retranslateUi(self, RemunerationDialog: "QDialog") -> None:
        RemunerationDialog.setWindowTitle(QCoreApplication.translate("RemunerationDialog", u"Remuneration", None))
        self.ruleLabel.setText(QCoreApplication.translate("RemunerationDialog", u"The employer owes the authors at least the configured share of each year's benefit for the first years of application, split by contribution share.", None))
        ___qtreewidgetitem = self.duesTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("RemunerationDialog", u"Basis", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("RemunerationDialog", u"Deadline", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RemunerationDialog", u"Outstanding", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RemunerationDialog", u"Paid", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RemunerationDialog", u"Due", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RemunerationDialog", u"Year / author", None))
        self.paymentGroup.setTitle(QCoreApplication.translate("RemunerationDialog", u"Record a payment", None))
        self.yearLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Year of application", None))
        self.authorLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Author", None))
        self.amountLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Amount (VND)", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("RemunerationDialog", u"e.g. 3.500.000", None))
        self.paidOnLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Paid on", None))
        self.paidOnEdit.setPlaceholderText(QCoreApplication.translate("RemunerationDialog", u"dd/mm/yyyy", None))
        self.proofLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Proof", None))
        self.proofFileLabel.setText(QCoreApplication.translate("RemunerationDialog", u"No file chosen", None))
        self.chooseProofButton.setText(QCoreApplication.translate("RemunerationDialog", u"Choose file\u2026", None))
        self.noteLabel.setText(QCoreApplication.translate("RemunerationDialog", u"Note", None))
        self.recordButton.setText(QCoreApplication.translate("RemunerationDialog", u"Record payment", None))
    # retranslateUi

