# GENERATED from forms/targets_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'targets_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog: "QDialog") -> None:
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        TargetsDialog.resize(520, 330)
        self.dialogLayout = QVBoxLayout(TargetsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TargetsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formWidget = QWidget(TargetsDialog)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.programmeLabel = QLabel(self.formWidget)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = QComboBox(self.formWidget)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeCombo.setMinimumContentsLength(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.kindLabel = QLabel(self.formWidget)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formWidget)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.yearLabel = QLabel(self.formWidget)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.formWidget)
        self.yearSpin.setObjectName(u"yearSpin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.quarterLabel = QLabel(self.formWidget)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(self.formWidget)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.phaseLabel = QLabel(self.formWidget)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.formWidget)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.assignedLabel = QLabel(self.formWidget)
        self.assignedLabel.setObjectName(u"assignedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assignedLabel)

        self.assignedEdit = QLineEdit(self.formWidget)
        self.assignedEdit.setObjectName(u"assignedEdit")
        self.assignedEdit.setMaxLength(20)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assignedEdit)

        self.registeredLabel = QLabel(self.formWidget)
        self.registeredLabel.setObjectName(u"registeredLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.registeredLabel)

        self.registeredEdit = QLineEdit(self.formWidget)
        self.registeredEdit.setObjectName(u"registeredEdit")
        self.registeredEdit.setMaxLength(20)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.registeredEdit)


        self.dialogLayout.addWidget(self.formWidget)

        self.currentLabel = QLabel(TargetsDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.currentLabel)

        self.messageLabel = QLabel(TargetsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TargetsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.assignedLabel.setBuddy(self.assignedEdit)
        self.registeredLabel.setBuddy(self.registeredEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.assignedEdit)
        QWidget.setTabOrder(self.assignedEdit, self.registeredEdit)

        self.retranslateUi(TargetsDialog)
        self.buttonBox.rejected.connect(TargetsDialog.reject)

        QMetaObject.connectSlotsByName(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog: "QDialog") -> None:
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Programme targets", None))
        self.introLabel.setText(QCoreApplication.translate("TargetsDialog", u"The upper union assigns each programme a number of initiatives per year, quarter or phase; the office may register its own. Progress counts the valid initiatives the upper union's server received in the period.", None))
        self.programmeLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Programme", None))
        self.kindLabel.setText(QCoreApplication.translate("TargetsDialog", u"Period &kind", None))
        self.yearLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Year", None))
        self.quarterLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Quarter", None))
        self.phaseLabel.setText(QCoreApplication.translate("TargetsDialog", u"P&hase", None))
        self.assignedLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Assigned target", None))
        self.assignedEdit.setPlaceholderText(QCoreApplication.translate("TargetsDialog", u"number of initiatives, e.g. 120", None))
#if QT_CONFIG(accessibility)
        self.assignedEdit.setAccessibleName(QCoreApplication.translate("TargetsDialog", u"Assigned target", None))
#endif // QT_CONFIG(accessibility)
        self.registeredLabel.setText(QCoreApplication.translate("TargetsDialog", u"&Registered target", None))
        self.registeredEdit.setPlaceholderText(QCoreApplication.translate("TargetsDialog", u"blank: 0", None))
#if QT_CONFIG(accessibility)
        self.registeredEdit.setAccessibleName(QCoreApplication.translate("TargetsDialog", u"Registered target", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText("")
        self.messageLabel.setText("")
    # retranslateUi

