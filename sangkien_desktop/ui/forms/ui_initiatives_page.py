# GENERATED from forms/initiatives_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiatives_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_InitiativesPage(object):
    def setupUi(self, InitiativesPage: "QWidget") -> None:
        if not InitiativesPage.objectName():
            InitiativesPage.setObjectName(u"InitiativesPage")
        InitiativesPage.resize(1100, 600)
        self.pageLayout = QVBoxLayout(InitiativesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(InitiativesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(InitiativesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(180, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)

        self.importButton = QPushButton(InitiativesPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.searchRow.addWidget(self.importButton)

        self.submitButton = QPushButton(InitiativesPage)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setEnabled(False)

        self.searchRow.addWidget(self.submitButton)

        self.newButton = QPushButton(InitiativesPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setEnabled(False)

        self.searchRow.addWidget(self.newButton)


        self.pageLayout.addLayout(self.searchRow)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.statusLabel = QLabel(InitiativesPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 0, 0, 1, 1)

        self.statusCombo = QComboBox(InitiativesPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.statusCombo, 0, 1, 1, 1)

        self.kindLabel = QLabel(InitiativesPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterGrid.addWidget(self.kindLabel, 0, 2, 1, 1)

        self.kindCombo = QComboBox(InitiativesPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.kindCombo, 0, 3, 1, 1)

        self.fieldLabel = QLabel(InitiativesPage)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.filterGrid.addWidget(self.fieldLabel, 0, 4, 1, 1)

        self.fieldCombo = QComboBox(InitiativesPage)
        self.fieldCombo.setObjectName(u"fieldCombo")
        self.fieldCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fieldCombo.setMinimumContentsLength(6)

        self.filterGrid.addWidget(self.fieldCombo, 0, 5, 1, 1)

        self.departmentLabel = QLabel(InitiativesPage)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterGrid.addWidget(self.departmentLabel, 1, 0, 1, 1)

        self.departmentEdit = QLineEdit(InitiativesPage)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.departmentEdit, 1, 1, 1, 1)

        self.programmeLabel = QLabel(InitiativesPage)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.filterGrid.addWidget(self.programmeLabel, 1, 2, 1, 1)

        self.programmeCombo = QComboBox(InitiativesPage)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeCombo.setMinimumContentsLength(8)

        self.filterGrid.addWidget(self.programmeCombo, 1, 3, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.yearLabel = QLabel(InitiativesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.periodRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(InitiativesPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setKeyboardTracking(False)
        self.yearSpin.setMinimum(0)
        self.yearSpin.setMaximum(2100)

        self.periodRow.addWidget(self.yearSpin)

        self.quarterLabel = QLabel(InitiativesPage)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.periodRow.addWidget(self.quarterLabel)

        self.quarterCombo = QComboBox(InitiativesPage)
        self.quarterCombo.addItem("")
        self.quarterCombo.addItem("")
        self.quarterCombo.addItem("")
        self.quarterCombo.addItem("")
        self.quarterCombo.addItem("")
        self.quarterCombo.setObjectName(u"quarterCombo")
        self.quarterCombo.setEnabled(False)

        self.periodRow.addWidget(self.quarterCombo)


        self.filterGrid.addLayout(self.periodRow, 1, 4, 1, 2)

        self.filterGrid.setColumnStretch(1, 1)
        self.filterGrid.setColumnStretch(3, 1)
        self.filterGrid.setColumnStretch(5, 1)

        self.pageLayout.addLayout(self.filterGrid)

        self.tableView = QTableView(InitiativesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.quarterLabel.setBuddy(self.quarterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InitiativesPage)

        QMetaObject.connectSlotsByName(InitiativesPage)
    # setupUi

    def retranslateUi(self, InitiativesPage: "QWidget") -> None:
        InitiativesPage.setWindowTitle(QCoreApplication.translate("InitiativesPage", u"Initiatives", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Search initiatives", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InitiativesPage", u"Search initiatives, authors, decision numbers\u2026 (accents optional)", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("InitiativesPage", u"Bring in an old list of initiatives from an Excel or CSV file (also TCVN3 and VNI text)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("InitiativesPage", u"Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("InitiativesPage", u"Submit the selected initiatives that are ready to upload to the upper union; they are sent with the next sync", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("InitiativesPage", u"Upload\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("InitiativesPage", u"Record a new initiative (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("InitiativesPage", u"New initiative", None))
        self.statusLabel.setText(QCoreApplication.translate("InitiativesPage", u"Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("InitiativesPage", u"Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by kind of solution", None))
#endif // QT_CONFIG(accessibility)
        self.fieldLabel.setText(QCoreApplication.translate("InitiativesPage", u"Field:", None))
#if QT_CONFIG(accessibility)
        self.fieldCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by field", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("InitiativesPage", u"Department:", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by department", None))
#endif // QT_CONFIG(accessibility)
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("InitiativesPage", u"All", None))
        self.programmeLabel.setText(QCoreApplication.translate("InitiativesPage", u"Programme:", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by programme", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("InitiativesPage", u"Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by year of application", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("InitiativesPage", u"Year of first application", None))
#endif // QT_CONFIG(tooltip)
        self.yearSpin.setSpecialValueText(QCoreApplication.translate("InitiativesPage", u"All", None))
        self.quarterLabel.setText(QCoreApplication.translate("InitiativesPage", u"Quarter:", None))
        self.quarterCombo.setItemText(0, QCoreApplication.translate("InitiativesPage", u"Whole year", None))
        self.quarterCombo.setItemText(1, QCoreApplication.translate("InitiativesPage", u"Quarter 1", None))
        self.quarterCombo.setItemText(2, QCoreApplication.translate("InitiativesPage", u"Quarter 2", None))
        self.quarterCombo.setItemText(3, QCoreApplication.translate("InitiativesPage", u"Quarter 3", None))
        self.quarterCombo.setItemText(4, QCoreApplication.translate("InitiativesPage", u"Quarter 4", None))

#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Filter by quarter of application", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

