# GENERATED from forms/reports_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage: "QWidget") -> None:
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 560)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.reportGroup = QGroupBox(ReportsPage)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportGrid = QGridLayout(self.reportGroup)
        self.reportGrid.setObjectName(u"reportGrid")
        self.kindLabel = QLabel(self.reportGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.reportGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.reportGroup)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(20)

        self.reportGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.programmeLabel = QLabel(self.reportGroup)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.reportGrid.addWidget(self.programmeLabel, 1, 0, 1, 1)

        self.programmeCombo = QComboBox(self.reportGroup)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeCombo.setMinimumContentsLength(20)

        self.reportGrid.addWidget(self.programmeCombo, 1, 1, 1, 1)

        self.yearLabel = QLabel(self.reportGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.reportGrid.addWidget(self.yearLabel, 2, 0, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.yearSpin = QSpinBox(self.reportGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodRow.addWidget(self.yearSpin)

        self.quarterLabel = QLabel(self.reportGroup)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.periodRow.addWidget(self.quarterLabel)

        self.quarterCombo = QComboBox(self.reportGroup)
        self.quarterCombo.setObjectName(u"quarterCombo")
        self.quarterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quarterCombo.setMinimumContentsLength(6)

        self.periodRow.addWidget(self.quarterCombo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.reportGrid.addLayout(self.periodRow, 2, 1, 1, 1)

        self.phaseLabel = QLabel(self.reportGroup)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.reportGrid.addWidget(self.phaseLabel, 3, 0, 1, 1)

        self.phaseCombo = QComboBox(self.reportGroup)
        self.phaseCombo.setObjectName(u"phaseCombo")
        self.phaseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phaseCombo.setMinimumContentsLength(20)

        self.reportGrid.addWidget(self.phaseCombo, 3, 1, 1, 1)

        self.basisLabel = QLabel(self.reportGroup)
        self.basisLabel.setObjectName(u"basisLabel")

        self.reportGrid.addWidget(self.basisLabel, 4, 0, 1, 1)

        self.basisCombo = QComboBox(self.reportGroup)
        self.basisCombo.setObjectName(u"basisCombo")
        self.basisCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basisCombo.setMinimumContentsLength(20)

        self.reportGrid.addWidget(self.basisCombo, 4, 1, 1, 1)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveExcelButton = QPushButton(self.reportGroup)
        self.saveExcelButton.setObjectName(u"saveExcelButton")

        self.saveRow.addWidget(self.saveExcelButton)

        self.savePdfButton = QPushButton(self.reportGroup)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.saveRow.addWidget(self.savePdfButton)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)


        self.reportGrid.addLayout(self.saveRow, 5, 1, 1, 1)

        self.reportGrid.setColumnStretch(1, 1)

        self.pageLayout.addWidget(self.reportGroup)

        self.listGroup = QGroupBox(ReportsPage)
        self.listGroup.setObjectName(u"listGroup")
        self.listGrid = QGridLayout(self.listGroup)
        self.listGrid.setObjectName(u"listGrid")
        self.listLabel = QLabel(self.listGroup)
        self.listLabel.setObjectName(u"listLabel")

        self.listGrid.addWidget(self.listLabel, 0, 0, 1, 1)

        self.listCombo = QComboBox(self.listGroup)
        self.listCombo.setObjectName(u"listCombo")
        self.listCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.listCombo.setMinimumContentsLength(20)

        self.listGrid.addWidget(self.listCombo, 0, 1, 1, 1)

        self.listYearRow = QHBoxLayout()
        self.listYearRow.setObjectName(u"listYearRow")
        self.listYearCheck = QCheckBox(self.listGroup)
        self.listYearCheck.setObjectName(u"listYearCheck")

        self.listYearRow.addWidget(self.listYearCheck)

        self.listYearSpin = QSpinBox(self.listGroup)
        self.listYearSpin.setObjectName(u"listYearSpin")
        self.listYearSpin.setMinimum(2000)
        self.listYearSpin.setMaximum(2100)

        self.listYearRow.addWidget(self.listYearSpin)

        self.listYearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listYearRow.addItem(self.listYearSpacer)


        self.listGrid.addLayout(self.listYearRow, 1, 1, 1, 1)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportButton = QPushButton(self.listGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.exportRow.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)


        self.listGrid.addLayout(self.exportRow, 2, 1, 1, 1)

        self.listGrid.setColumnStretch(1, 1)

        self.pageLayout.addWidget(self.listGroup)

        self.resultLabel = QLabel(ReportsPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.resultLabel)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.basisLabel.setBuddy(self.basisCombo)
        self.listLabel.setBuddy(self.listCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.programmeCombo)
        QWidget.setTabOrder(self.programmeCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.basisCombo)
        QWidget.setTabOrder(self.basisCombo, self.saveExcelButton)
        QWidget.setTabOrder(self.saveExcelButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.listCombo)
        QWidget.setTabOrder(self.listCombo, self.listYearCheck)
        QWidget.setTabOrder(self.listYearCheck, self.listYearSpin)
        QWidget.setTabOrder(self.listYearSpin, self.exportButton)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage: "QWidget") -> None:
        ReportsPage.setWindowTitle(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.reportGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Report to the upper-level union", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Report:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Kind of report", None))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(QCoreApplication.translate("ReportsPage", u"Pro&gramme:", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"Y&ear:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Year of the report", None))
#endif // QT_CONFIG(accessibility)
        self.quarterLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quarter:", None))
#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Quarter of the report", None))
#endif // QT_CONFIG(accessibility)
        self.phaseLabel.setText(QCoreApplication.translate("ReportsPage", u"P&hase:", None))
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Phase of the programme", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("ReportsPage", u"&Count by:", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Date the figures count by", None))
#endif // QT_CONFIG(accessibility)
        self.saveExcelButton.setText(QCoreApplication.translate("ReportsPage", u"Save as &Excel\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportsPage", u"Save as &PDF\u2026", None))
        self.listGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Lists in Excel", None))
        self.listLabel.setText(QCoreApplication.translate("ReportsPage", u"&List:", None))
#if QT_CONFIG(accessibility)
        self.listCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"List to export", None))
#endif // QT_CONFIG(accessibility)
        self.listYearCheck.setText(QCoreApplication.translate("ReportsPage", u"Only the &year", None))
#if QT_CONFIG(accessibility)
        self.listYearSpin.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Year of the list", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"E&xport to Excel\u2026", None))
        self.resultLabel.setText("")
    # retranslateUi

