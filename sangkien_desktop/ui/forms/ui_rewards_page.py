# GENERATED from forms/rewards_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_RewardsPage(object):
    def setupUi(self, RewardsPage: "QWidget") -> None:
        if not RewardsPage.objectName():
            RewardsPage.setObjectName(u"RewardsPage")
        RewardsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(RewardsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearLabel = QLabel(RewardsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(RewardsPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.yearCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(RewardsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.tableView = QTableView(RewardsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.totalsGroup = QGroupBox(RewardsPage)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsLayout = QFormLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.fundTotalsCaption = QLabel(self.totalsGroup)
        self.fundTotalsCaption.setObjectName(u"fundTotalsCaption")

        self.totalsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundTotalsCaption)

        self.fundTotalsLabel = QLabel(self.totalsGroup)
        self.fundTotalsLabel.setObjectName(u"fundTotalsLabel")
        self.fundTotalsLabel.setWordWrap(True)

        self.totalsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fundTotalsLabel)

        self.yearTotalsCaption = QLabel(self.totalsGroup)
        self.yearTotalsCaption.setObjectName(u"yearTotalsCaption")

        self.totalsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearTotalsCaption)

        self.yearTotalsLabel = QLabel(self.totalsGroup)
        self.yearTotalsLabel.setObjectName(u"yearTotalsLabel")
        self.yearTotalsLabel.setWordWrap(True)

        self.totalsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearTotalsLabel)


        self.pageLayout.addWidget(self.totalsGroup)

        self.messageLabel = QLabel(RewardsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(RewardsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.editButton = QPushButton(RewardsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.signOffButton = QPushButton(RewardsPage)
        self.signOffButton.setObjectName(u"signOffButton")

        self.buttonRow.addWidget(self.signOffButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.signOffButton)

        self.retranslateUi(RewardsPage)

        QMetaObject.connectSlotsByName(RewardsPage)
    # setupUi

    def retranslateUi(self, RewardsPage: "QWidget") -> None:
        RewardsPage.setWindowTitle(QCoreApplication.translate("RewardsPage", u"Rewards", None))
        self.yearLabel.setText(QCoreApplication.translate("RewardsPage", u"&Year", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("RewardsPage", u"Reward decisions", None))
#endif // QT_CONFIG(accessibility)
        self.totalsGroup.setTitle(QCoreApplication.translate("RewardsPage", u"Totals", None))
        self.fundTotalsCaption.setText(QCoreApplication.translate("RewardsPage", u"By fund source", None))
        self.fundTotalsLabel.setText("")
        self.yearTotalsCaption.setText(QCoreApplication.translate("RewardsPage", u"By year", None))
        self.yearTotalsLabel.setText("")
        self.messageLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("RewardsPage", u"&New decision\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RewardsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.signOffButton.setToolTip(QCoreApplication.translate("RewardsPage", u"Issue the selected draft decision; only the chair may sign off", None))
#endif // QT_CONFIG(tooltip)
        self.signOffButton.setText(QCoreApplication.translate("RewardsPage", u"&Sign off", None))
    # retranslateUi

