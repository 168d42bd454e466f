# GENERATED from forms/printer_profile_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printer_profile_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_PrinterProfileDialog(object):
    def setupUi(self, PrinterProfileDialog: "QDialog") -> None:
        if not PrinterProfileDialog.objectName():
            PrinterProfileDialog.setObjectName(u"PrinterProfileDialog")
        PrinterProfileDialog.resize(520, 220)
        self.dialogLayout = QVBoxLayout(PrinterProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PrinterProfileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(PrinterProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PrinterProfileDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.xLabel = QLabel(PrinterProfileDialog)
        self.xLabel.setObjectName(u"xLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.xLabel)

        self.xSpin = QDoubleSpinBox(PrinterProfileDialog)
        self.xSpin.setObjectName(u"xSpin")
        self.xSpin.setSuffix(u" mm")
        self.xSpin.setDecimals(2)
        self.xSpin.setMinimum(-15.000000000000000)
        self.xSpin.setMaximum(15.000000000000000)
        self.xSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.xSpin)

        self.yLabel = QLabel(PrinterProfileDialog)
        self.yLabel.setObjectName(u"yLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yLabel)

        self.ySpin = QDoubleSpinBox(PrinterProfileDialog)
        self.ySpin.setObjectName(u"ySpin")
        self.ySpin.setSuffix(u" mm")
        self.ySpin.setDecimals(2)
        self.ySpin.setMinimum(-15.000000000000000)
        self.ySpin.setMaximum(15.000000000000000)
        self.ySpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ySpin)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PrinterProfileDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.calibrationButton = QPushButton(PrinterProfileDialog)
        self.calibrationButton.setObjectName(u"calibrationButton")

        self.buttonRow.addWidget(self.calibrationButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PrinterProfileDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(PrinterProfileDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.xLabel.setBuddy(self.xSpin)
        self.yLabel.setBuddy(self.ySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.xSpin)
        QWidget.setTabOrder(self.xSpin, self.ySpin)
        QWidget.setTabOrder(self.ySpin, self.calibrationButton)
        QWidget.setTabOrder(self.calibrationButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PrinterProfileDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrinterProfileDialog)
    # setupUi

    def retranslateUi(self, PrinterProfileDialog: "QDialog") -> None:
        PrinterProfileDialog.setWindowTitle(QCoreApplication.translate("PrinterProfileDialog", u"Printer offsets", None))
        self.introLabel.setText(QCoreApplication.translate("PrinterProfileDialog", u"Print the calibration page on plain paper at 100 %, lay it on a blank against a window and measure from each cross to the pre-printed line. X moves the fields to the right, Y moves them down; at most 15 mm either way.", None))
        self.nameLabel.setText(QCoreApplication.translate("PrinterProfileDialog", u"Printer &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PrinterProfileDialog", u"e.g. HP LaserJet, 2nd floor", None))
        self.xLabel.setText(QCoreApplication.translate("PrinterProfileDialog", u"Offset &X (right)", None))
#if QT_CONFIG(accessibility)
        self.xSpin.setAccessibleName(QCoreApplication.translate("PrinterProfileDialog", u"Offset X in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.yLabel.setText(QCoreApplication.translate("PrinterProfileDialog", u"Offset &Y (down)", None))
#if QT_CONFIG(accessibility)
        self.ySpin.setAccessibleName(QCoreApplication.translate("PrinterProfileDialog", u"Offset Y in millimetres", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.calibrationButton.setToolTip(QCoreApplication.translate("PrinterProfileDialog", u"Preview the calibration page with the offsets typed above, to print it and check them", None))
#endif // QT_CONFIG(tooltip)
        self.calibrationButton.setText(QCoreApplication.translate("PrinterProfileDialog", u"Print &calibration page\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrinterProfileDialog", u"&Save", None))
        self.closeButton.setText(QCoreApplication.translate("PrinterProfileDialog", u"Close", None))
    # retranslateUi

