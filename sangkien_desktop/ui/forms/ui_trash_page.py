# GENERATED from forms/trash_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_TrashPage(object):
    def setupUi(self, TrashPage: "QWidget") -> None:
        if not TrashPage.objectName():
            TrashPage.setObjectName(u"TrashPage")
        TrashPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(TrashPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.hintLabel = QLabel(TrashPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.headerRow.addWidget(self.hintLabel)

        self.countLabel = QLabel(TrashPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(180, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.headerRow)

        self.tableView = QTableView(TrashPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.messageLabel = QLabel(TrashPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(TrashPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(TrashPage)
        self.purgeButton.setObjectName(u"purgeButton")

        self.buttonRow.addWidget(self.purgeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(TrashPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.tableView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.purgeButton)
        QWidget.setTabOrder(self.purgeButton, self.refreshButton)

        self.retranslateUi(TrashPage)

        QMetaObject.connectSlotsByName(TrashPage)
    # setupUi

    def retranslateUi(self, TrashPage: "QWidget") -> None:
        TrashPage.setWindowTitle(QCoreApplication.translate("TrashPage", u"Trash", None))
        self.hintLabel.setText(QCoreApplication.translate("TrashPage", u"Deleted records wait here. Restore brings a record back; Purge removes it for good.", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("TrashPage", u"Deleted records", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.restoreButton.setText(QCoreApplication.translate("TrashPage", u"&Restore", None))
#if QT_CONFIG(tooltip)
        self.purgeButton.setToolTip(QCoreApplication.translate("TrashPage", u"Remove the selected record and what belongs to it for good; this cannot be undone", None))
#endif // QT_CONFIG(tooltip)
        self.purgeButton.setText(QCoreApplication.translate("TrashPage", u"&Purge\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("TrashPage", u"Re&fresh", None))
    # retranslateUi

