# GENERATED from forms/people_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage: "QWidget") -> None:
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(PeoplePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(PeoplePage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(PeoplePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(180, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.searchRow)

        self.tableView = QTableView(PeoplePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(PeoplePage)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.editButton = QPushButton(PeoplePage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.mergeButton = QPushButton(PeoplePage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.buttonRow.addWidget(self.mergeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.hintLabel = QLabel(PeoplePage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.buttonRow.addWidget(self.hintLabel)


        self.pageLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.searchEdit, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.mergeButton)

        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage: "QWidget") -> None:
        PeoplePage.setWindowTitle(QCoreApplication.translate("PeoplePage", u"Workers", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Search people", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Search by name or department\u2026 (accents optional)", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PeoplePage", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PeoplePage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Select two rows of the same person entered twice, then merge them into one", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("PeoplePage", u"&Merge\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("PeoplePage", u"Select two rows to merge duplicates", None))
    # retranslateUi

