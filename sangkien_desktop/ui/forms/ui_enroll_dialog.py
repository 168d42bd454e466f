# GENERATED from forms/enroll_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enroll_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_EnrollDialog(object):
    def setupUi(self, EnrollDialog: "QDialog") -> None:
        if not EnrollDialog.objectName():
            EnrollDialog.setObjectName(u"EnrollDialog")
        EnrollDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(EnrollDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(EnrollDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverLabel = QLabel(EnrollDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverEdit = QLineEdit(EnrollDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.serverError = QLabel(EnrollDialog)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setWordWrap(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverError)

        self.codeLabel = QLabel(EnrollDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(EnrollDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeError = QLabel(EnrollDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.caLabel = QLabel(EnrollDialog)
        self.caLabel.setObjectName(u"caLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caRow = QHBoxLayout()
        self.caRow.setObjectName(u"caRow")
        self.caEdit = QLineEdit(EnrollDialog)
        self.caEdit.setObjectName(u"caEdit")

        self.caRow.addWidget(self.caEdit)

        self.caBrowseButton = QPushButton(EnrollDialog)
        self.caBrowseButton.setObjectName(u"caBrowseButton")

        self.caRow.addWidget(self.caBrowseButton)


        self.fieldsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.caRow)

        self.caError = QLabel(EnrollDialog)
        self.caError.setObjectName(u"caError")
        self.caError.setWordWrap(True)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.caError)


        self.dialogLayout.addLayout(self.fieldsForm)

        self.statusLabel = QLabel(EnrollDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EnrollDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverLabel.setBuddy(self.serverEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.caLabel.setBuddy(self.caEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serverEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.caEdit)
        QWidget.setTabOrder(self.caEdit, self.caBrowseButton)

        self.retranslateUi(EnrollDialog)
        self.buttonBox.rejected.connect(EnrollDialog.reject)

        QMetaObject.connectSlotsByName(EnrollDialog)
    # setupUi

    def retranslateUi(self, EnrollDialog: "QDialog") -> None:
        EnrollDialog.setWindowTitle(QCoreApplication.translate("EnrollDialog", u"Enrol with the central server", None))
        self.introLabel.setText(QCoreApplication.translate("EnrollDialog", u"The higher-level union gives each office the server's address and a one-time enrolment code. Enrolling lets this computer send its records to the server; the records stay on this computer as well.", None))
        self.serverLabel.setText(QCoreApplication.translate("EnrollDialog", u"Server address *", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"e.g. https://sangkien.congdoan.vn", None))
        self.serverError.setText("")
        self.codeLabel.setText(QCoreApplication.translate("EnrollDialog", u"Enrolment code *", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"The one-time code from the higher-level union", None))
        self.codeError.setText("")
        self.caLabel.setText(QCoreApplication.translate("EnrollDialog", u"CA certificate", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"Optional: a .pem file from the union's IT staff", None))
        self.caBrowseButton.setText(QCoreApplication.translate("EnrollDialog", u"&Choose\u2026", None))
        self.caError.setText("")
        self.statusLabel.setText("")
    # retranslateUi

