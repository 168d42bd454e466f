# GENERATED from forms/setup_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog: "QDialog") -> None:
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 330)
        SetupDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unitCodeLabel = QLabel(SetupDialog)
        self.unitCodeLabel.setObjectName(u"unitCodeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCodeLabel)

        self.unitCodeEdit = QLineEdit(SetupDialog)
        self.unitCodeEdit.setObjectName(u"unitCodeEdit")
        self.unitCodeEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCodeEdit)

        self.unitNameLabel = QLabel(SetupDialog)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(SetupDialog)
        self.unitNameEdit.setObjectName(u"unitNameEdit")
        self.unitNameEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.employerLabel = QLabel(SetupDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(SetupDialog)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.parentUnionLabel = QLabel(SetupDialog)
        self.parentUnionLabel.setObjectName(u"parentUnionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentUnionLabel)

        self.parentUnionEdit = QLineEdit(SetupDialog)
        self.parentUnionEdit.setObjectName(u"parentUnionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentUnionEdit)

        self.placeLabel = QLabel(SetupDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(SetupDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitCodeLabel.setBuddy(self.unitCodeEdit)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.employerLabel.setBuddy(self.employerEdit)
        self.parentUnionLabel.setBuddy(self.parentUnionEdit)
        self.placeLabel.setBuddy(self.placeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCodeEdit, self.unitNameEdit)
        QWidget.setTabOrder(self.unitNameEdit, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.parentUnionEdit)
        QWidget.setTabOrder(self.parentUnionEdit, self.placeEdit)

        self.retranslateUi(SetupDialog)
        self.buttonBox.rejected.connect(SetupDialog.reject)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog: "QDialog") -> None:
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Thi\u1ebft l\u1eadp l\u1ea7n \u0111\u1ea7u", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Nh\u1eadp th\u00f4ng tin c\u00f4ng \u0111o\u00e0n c\u01a1 s\u1edf. C\u00e1c m\u1ee5c c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c; c\u00f3 th\u1ec3 s\u1eeda l\u1ea1i sau trong C\u00e0i \u0111\u1eb7t.", None))
        self.unitCodeLabel.setText(QCoreApplication.translate("SetupDialog", u"M\u00e3 \u0111\u01a1n v\u1ecb *", None))
        self.unitCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"V\u00ed d\u1ee5: CDCS-CK01", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SetupDialog", u"T\u00ean c\u00f4ng \u0111o\u00e0n c\u01a1 s\u1edf *", None))
        self.employerLabel.setText(QCoreApplication.translate("SetupDialog", u"T\u00ean \u0111\u01a1n v\u1ecb s\u1eed d\u1ee5ng lao \u0111\u1ed9ng *", None))
        self.parentUnionLabel.setText(QCoreApplication.translate("SetupDialog", u"C\u00f4ng \u0111o\u00e0n c\u1ea5p tr\u00ean", None))
        self.placeLabel.setText(QCoreApplication.translate("SetupDialog", u"\u0110\u1ecba danh (ghi tr\u00ean v\u0103n b\u1ea3n)", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"V\u00ed d\u1ee5: H\u1ea3i Ph\u00f2ng", None))
        self.errorLabel.setText("")
    # retranslateUi

