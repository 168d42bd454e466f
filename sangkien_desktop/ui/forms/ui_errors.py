# GENERATED from forms/errors.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'errors.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_BugDialog(object):
    def setupUi(self, BugDialog: "QDialog") -> None:
        if not BugDialog.objectName():
            BugDialog.setObjectName(u"BugDialog")
        BugDialog.resize(560, 240)
        self.dialogLayout = QVBoxLayout(BugDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(BugDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(56, 56))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.headingLabel = QLabel(BugDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-weight: bold;")
        self.headingLabel.setWordWrap(True)

        self.textLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(BugDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.textLayout.addWidget(self.explanationLabel)


        self.headerLayout.addLayout(self.textLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.logLayout = QFormLayout()
        self.logLayout.setObjectName(u"logLayout")
        self.logPathLabel = QLabel(BugDialog)
        self.logPathLabel.setObjectName(u"logPathLabel")

        self.logLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.logPathLabel)

        self.logPathEdit = QLineEdit(BugDialog)
        self.logPathEdit.setObjectName(u"logPathEdit")
        self.logPathEdit.setReadOnly(True)

        self.logLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.logPathEdit)


        self.dialogLayout.addLayout(self.logLayout)

        self.detailsEdit = QPlainTextEdit(BugDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setMinimumSize(QSize(0, 180))
        self.detailsEdit.setVisible(False)
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.dialogLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.detailsButton = QPushButton(BugDialog)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)
        self.detailsButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.detailsButton)

        self.copyButton = QPushButton(BugDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(BugDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.logPathLabel.setBuddy(self.logPathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BugDialog)
        self.buttonBox.rejected.connect(BugDialog.reject)
        self.detailsButton.toggled.connect(self.detailsEdit.setVisible)

        QMetaObject.connectSlotsByName(BugDialog)
    # setupUi

    def retranslateUi(self, BugDialog: "QDialog") -> None:
        BugDialog.setWindowTitle(QCoreApplication.translate("BugDialog", u"Program error", None))
        self.headingLabel.setText(QCoreApplication.translate("BugDialog", u"Sorry, the program ran into an error.", None))
        self.explanationLabel.setText(QCoreApplication.translate("BugDialog", u"You can keep working; if the error comes back, close the program and open it again. The details were written to the log file below: please send this file to the person who supports the program.", None))
        self.logPathLabel.setText(QCoreApplication.translate("BugDialog", u"Log file", None))
        self.detailsButton.setText(QCoreApplication.translate("BugDialog", u"Show details", None))
        self.copyButton.setText(QCoreApplication.translate("BugDialog", u"Copy details", None))
    # retranslateUi

