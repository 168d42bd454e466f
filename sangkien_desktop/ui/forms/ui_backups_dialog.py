# GENERATED from forms/backups_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog: "QDialog") -> None:
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(720, 460)
        self.dialogLayout = QVBoxLayout(BackupsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupsTable = QTableWidget(BackupsDialog)
        if (self.backupsTable.columnCount() < 4):
            self.backupsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setColumnCount(4)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupsTable)

        self.statusLabel = QLabel(BackupsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonsLayout.addWidget(self.backupNowButton)

        self.toUsbButton = QPushButton(BackupsDialog)
        self.toUsbButton.setObjectName(u"toUsbButton")

        self.buttonsLayout.addWidget(self.toUsbButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog: "QDialog") -> None:
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"The program backs up the data and the attached files every day and when it closes, and keeps the last 7 days, 4 weeks and 12 months. Keep a copy away from this computer too: back up to a USB stick from time to time.", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsDialog", u"Taken at", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsDialog", u"Kind", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsDialog", u"Initiatives", None))
        ___qtablewidgetitem3 = self.backupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsDialog", u"Size", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"Back up now", None))
        self.toUsbButton.setText(QCoreApplication.translate("BackupsDialog", u"Back up to a USB stick\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"Restore\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"Close", None))
    # retranslateUi

