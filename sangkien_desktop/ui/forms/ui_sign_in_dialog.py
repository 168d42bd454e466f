# GENERATED from forms/sign_in_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog: "QDialog") -> None:
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(400, 360)
        self.dialogLayout = QVBoxLayout(SignInDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.promptLabel = QLabel(SignInDialog)
        self.promptLabel.setObjectName(u"promptLabel")

        self.dialogLayout.addWidget(self.promptLabel)

        self.officerList = QListWidget(SignInDialog)
        self.officerList.setObjectName(u"officerList")
        self.officerList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.officerList)

        self.pinWidget = QWidget(SignInDialog)
        self.pinWidget.setObjectName(u"pinWidget")
        self.pinForm = QFormLayout(self.pinWidget)
        self.pinForm.setObjectName(u"pinForm")
        self.pinForm.setContentsMargins(0, 0, 0, 0)
        self.pinLabel = QLabel(self.pinWidget)
        self.pinLabel.setObjectName(u"pinLabel")

        self.pinForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.pinWidget)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(12)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinError = QLabel(self.pinWidget)
        self.pinError.setObjectName(u"pinError")
        self.pinError.setWordWrap(True)

        self.pinForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinError)


        self.dialogLayout.addWidget(self.pinWidget)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.promptLabel.setBuddy(self.officerList)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog: "QDialog") -> None:
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.promptLabel.setText(QCoreApplication.translate("SignInDialog", u"Who is using the program?", None))
        self.pinLabel.setText(QCoreApplication.translate("SignInDialog", u"PIN", None))
        self.pinError.setText("")
        self.errorLabel.setText("")
    # retranslateUi

