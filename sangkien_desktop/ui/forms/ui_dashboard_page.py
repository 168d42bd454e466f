# GENERATED from forms/dashboard_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage: "QWidget") -> None:
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.yearLabel = QLabel(DashboardPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choiceRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DashboardPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.choiceRow.addWidget(self.yearSpin)

        self.programmeLabel = QLabel(DashboardPage)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.choiceRow.addWidget(self.programmeLabel)

        self.programmeCombo = QComboBox(DashboardPage)
        self.programmeCombo.setObjectName(u"programmeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.programmeCombo.sizePolicy().hasHeightForWidth())
        self.programmeCombo.setSizePolicy(sizePolicy)
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeCombo.setMinimumContentsLength(20)

        self.choiceRow.addWidget(self.programmeCombo)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.choiceRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.choiceRow)

        self.statusLabel = QLabel(DashboardPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.progressGroup = QGroupBox(self.content)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressLayout = QGridLayout(self.progressGroup)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setColumnStretch(1, 1)

        self.contentLayout.addWidget(self.progressGroup)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.initiativesCard = QPushButton(self.content)
        self.initiativesCard.setObjectName(u"initiativesCard")
        self.initiativesCard.setMinimumSize(QSize(0, 64))
        self.initiativesCard.setFlat(False)

        self.cardRow.addWidget(self.initiativesCard)

        self.benefitCard = QPushButton(self.content)
        self.benefitCard.setObjectName(u"benefitCard")
        self.benefitCard.setMinimumSize(QSize(0, 64))
        self.benefitCard.setFlat(False)

        self.cardRow.addWidget(self.benefitCard)

        self.authorsCard = QPushButton(self.content)
        self.authorsCard.setObjectName(u"authorsCard")
        self.authorsCard.setMinimumSize(QSize(0, 64))
        self.authorsCard.setFlat(False)

        self.cardRow.addWidget(self.authorsCard)

        self.rewardsCard = QPushButton(self.content)
        self.rewardsCard.setObjectName(u"rewardsCard")
        self.rewardsCard.setMinimumSize(QSize(0, 64))
        self.rewardsCard.setFlat(False)

        self.cardRow.addWidget(self.rewardsCard)


        self.contentLayout.addLayout(self.cardRow)

        self.chartGrid = QGridLayout()
        self.chartGrid.setObjectName(u"chartGrid")
        self.statusChartGroup = QGroupBox(self.content)
        self.statusChartGroup.setObjectName(u"statusChartGroup")
        self.statusChartLayout = QVBoxLayout(self.statusChartGroup)
        self.statusChartLayout.setObjectName(u"statusChartLayout")
        self.statusChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.statusChartGroup, 0, 0, 1, 1)

        self.kindChartGroup = QGroupBox(self.content)
        self.kindChartGroup.setObjectName(u"kindChartGroup")
        self.kindChartLayout = QVBoxLayout(self.kindChartGroup)
        self.kindChartLayout.setObjectName(u"kindChartLayout")
        self.kindChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.kindChartGroup, 0, 1, 1, 1)

        self.fieldChartGroup = QGroupBox(self.content)
        self.fieldChartGroup.setObjectName(u"fieldChartGroup")
        self.fieldChartLayout = QVBoxLayout(self.fieldChartGroup)
        self.fieldChartLayout.setObjectName(u"fieldChartLayout")
        self.fieldChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.fieldChartGroup, 1, 0, 1, 1)

        self.departmentChartGroup = QGroupBox(self.content)
        self.departmentChartGroup.setObjectName(u"departmentChartGroup")
        self.departmentChartLayout = QVBoxLayout(self.departmentChartGroup)
        self.departmentChartLayout.setObjectName(u"departmentChartLayout")
        self.departmentChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.departmentChartGroup, 1, 1, 1, 1)

        self.authorsChartGroup = QGroupBox(self.content)
        self.authorsChartGroup.setObjectName(u"authorsChartGroup")
        self.authorsChartLayout = QVBoxLayout(self.authorsChartGroup)
        self.authorsChartLayout.setObjectName(u"authorsChartLayout")
        self.authorsChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.authorsChartGroup, 2, 0, 1, 1)

        self.rewardsChartGroup = QGroupBox(self.content)
        self.rewardsChartGroup.setObjectName(u"rewardsChartGroup")
        self.rewardsChartLayout = QVBoxLayout(self.rewardsChartGroup)
        self.rewardsChartLayout.setObjectName(u"rewardsChartLayout")
        self.rewardsChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.rewardsChartGroup, 2, 1, 1, 1)

        self.trendChartGroup = QGroupBox(self.content)
        self.trendChartGroup.setObjectName(u"trendChartGroup")
        self.trendChartLayout = QVBoxLayout(self.trendChartGroup)
        self.trendChartLayout.setObjectName(u"trendChartLayout")
        self.trendChartLayout.setContentsMargins(2, 2, 2, 2)

        self.chartGrid.addWidget(self.trendChartGroup, 3, 0, 1, 2)

        self.chartGrid.setColumnStretch(0, 1)
        self.chartGrid.setColumnStretch(1, 1)

        self.contentLayout.addLayout(self.chartGrid)

        self.scrollArea.setWidget(self.content)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.programmeLabel.setBuddy(self.programmeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.initiativesCard)
        QWidget.setTabOrder(self.initiativesCard, self.benefitCard)
        QWidget.setTabOrder(self.benefitCard, self.authorsCard)
        QWidget.setTabOrder(self.authorsCard, self.rewardsCard)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage: "QWidget") -> None:
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Overview", None))
        self.yearLabel.setText(QCoreApplication.translate("DashboardPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Year of the figures", None))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(QCoreApplication.translate("DashboardPage", u"&Programme:", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.statusLabel.setText("")
        self.progressGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Progress against the targets", None))
#if QT_CONFIG(accessibility)
        self.initiativesCard.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Initiatives in the year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.benefitCard.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Total benefit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.authorsCard.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Authors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rewardsCard.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Rewards", None))
#endif // QT_CONFIG(accessibility)
        self.statusChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"By status", None))
        self.kindChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"By kind of solution", None))
        self.fieldChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"By field", None))
        self.departmentChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"By department", None))
        self.authorsChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Authors", None))
        self.rewardsChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Rewards by form", None))
        self.trendChartGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Participation by month", None))
    # retranslateUi

