# GENERATED from forms/verify_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog: "QDialog") -> None:
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(VerifyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.payloadEdit = QPlainTextEdit(VerifyDialog)
        self.payloadEdit.setObjectName(u"payloadEdit")
        self.payloadEdit.setTabChangesFocus(True)
        self.payloadEdit.setMaximumSize(QSize(16777215, 90))

        self.dialogLayout.addWidget(self.payloadEdit)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.checkButton = QPushButton(VerifyDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.actionsLayout.addWidget(self.checkButton)

        self.clearButton = QPushButton(VerifyDialog)
        self.clearButton.setObjectName(u"clearButton")

        self.actionsLayout.addWidget(self.clearButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.verdictLabel = QLabel(VerifyDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.verdictLabel)

        self.detailsLabel = QLabel(VerifyDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(VerifyDialog)
        self.buttonBox.rejected.connect(VerifyDialog.reject)

        self.checkButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog: "QDialog") -> None:
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Check a certificate", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Scan the certificate's QR code into the box below, or type the code it contains (it starts with SK1:). The check works without a network, with the public keys known to this computer.", None))
        self.payloadEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"SK1:\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("VerifyDialog", u"Check", None))
        self.clearButton.setText(QCoreApplication.translate("VerifyDialog", u"Clear", None))
        self.verdictLabel.setText("")
        self.detailsLabel.setText("")
    # retranslateUi

