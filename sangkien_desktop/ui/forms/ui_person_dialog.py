# GENERATED from forms/person_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog: "QDialog") -> None:
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(480, 420)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formWidget = QWidget(PersonDialog)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fullNameLabel = QLabel(self.formWidget)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.formWidget)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.birthDateLabel = QLabel(self.formWidget)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.formWidget)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexLabel = QLabel(self.formWidget)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.formWidget)
        self.sexCombo.setObjectName(u"sexCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.departmentLabel = QLabel(self.formWidget)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.formWidget)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.jobTitleLabel = QLabel(self.formWidget)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(self.formWidget)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(120)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.workerKindLabel = QLabel(self.formWidget)
        self.workerKindLabel.setObjectName(u"workerKindLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workerKindLabel)

        self.workerKindCombo = QComboBox(self.formWidget)
        self.workerKindCombo.setObjectName(u"workerKindCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workerKindCombo)

        self.memberCheck = QCheckBox(self.formWidget)
        self.memberCheck.setObjectName(u"memberCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.memberCheck)

        self.phoneLabel = QLabel(self.formWidget)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.formWidget)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.formWidget)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.formWidget)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dialogLayout.addWidget(self.formWidget)

        self.generalLabel = QLabel(PersonDialog)
        self.generalLabel.setObjectName(u"generalLabel")
        self.generalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.workerKindLabel.setBuddy(self.workerKindCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.workerKindCombo)
        QWidget.setTabOrder(self.workerKindCombo, self.memberCheck)
        QWidget.setTabOrder(self.memberCheck, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)

        self.retranslateUi(PersonDialog)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog: "QDialog") -> None:
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.fullNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Full name", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"Sex", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"Department", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"Job title", None))
        self.workerKindLabel.setText(QCoreApplication.translate("PersonDialog", u"Kind of worker", None))
        self.memberCheck.setText(QCoreApplication.translate("PersonDialog", u"Trade union member", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"Email", None))
        self.generalLabel.setText("")
    # retranslateUi

