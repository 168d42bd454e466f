# GENERATED from forms/recovery_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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
class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog: "QDialog") -> None:
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(720, 480)
        self.dialogLayout = QVBoxLayout(RecoveryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headlineLabel = QLabel(RecoveryDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setStyleSheet(u"font-weight: 600; font-size: 14pt; color: #b71c1c;")

        self.dialogLayout.addWidget(self.headlineLabel)

        self.problemLabel = QLabel(RecoveryDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.problemLabel)

        self.adviceLabel = QLabel(RecoveryDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.adviceLabel)

        self.backupsTable = QTableWidget(RecoveryDialog)
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

        self.statusLabel = QLabel(RecoveryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.restoreButton = QPushButton(RecoveryDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.chooseFileButton = QPushButton(RecoveryDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.buttonsLayout.addWidget(self.chooseFileButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.quitButton = QPushButton(RecoveryDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonsLayout.addWidget(self.quitButton)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(RecoveryDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog: "QDialog") -> None:
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"The data store is damaged", None))
        self.headlineLabel.setText(QCoreApplication.translate("RecoveryDialog", u"The data store cannot be opened safely", None))
        self.adviceLabel.setText(QCoreApplication.translate("RecoveryDialog", u"The damaged file is left as it is: nothing is written to it. Restore the newest good backup below. A copy of the damaged file is kept with the backups, and what was entered after the backup was taken must be entered again.", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecoveryDialog", u"Taken at", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecoveryDialog", u"Kind", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecoveryDialog", u"Initiatives", None))
        ___qtablewidgetitem3 = self.backupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecoveryDialog", u"Size", None))
        self.restoreButton.setText(QCoreApplication.translate("RecoveryDialog", u"Restore the selected backup", None))
        self.chooseFileButton.setText(QCoreApplication.translate("RecoveryDialog", u"Choose another backup file\u2026", None))
        self.quitButton.setText(QCoreApplication.translate("RecoveryDialog", u"Quit", None))
    # retranslateUi

