# GENERATED from forms/import_wizard.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

from sangkien_desktop.ui.widgets.checked_page import CheckedPage

# mypy: ignore-errors
class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard: "QWizard") -> None:
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 620)
        ImportWizard.setModal(True)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathLayout.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.fileLayout.addLayout(self.pathLayout)

        self.fileHintLabel = QLabel(self.filePage)
        self.fileHintLabel.setObjectName(u"fileHintLabel")
        self.fileHintLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileHintLabel)

        self.fileErrorLabel = QLabel(self.filePage)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileErrorLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        ImportWizard.addPage(self.filePage)
        self.encodingPage = QWizardPage()
        self.encodingPage.setObjectName(u"encodingPage")
        self.encodingLayout = QVBoxLayout(self.encodingPage)
        self.encodingLayout.setObjectName(u"encodingLayout")
        self.detectedLabel = QLabel(self.encodingPage)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)

        self.encodingLayout.addWidget(self.detectedLabel)

        self.encodingForm = QFormLayout()
        self.encodingForm.setObjectName(u"encodingForm")
        self.encodingLabel = QLabel(self.encodingPage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.encodingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.encodingLabel)

        self.encodingCombo = QComboBox(self.encodingPage)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.encodingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.encodingCombo)


        self.encodingLayout.addLayout(self.encodingForm)

        self.samplesLabel = QLabel(self.encodingPage)
        self.samplesLabel.setObjectName(u"samplesLabel")
        self.samplesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.samplesLabel.setWordWrap(True)

        self.encodingLayout.addWidget(self.samplesLabel)

        self.encodingNotesLabel = QLabel(self.encodingPage)
        self.encodingNotesLabel.setObjectName(u"encodingNotesLabel")
        self.encodingNotesLabel.setWordWrap(True)

        self.encodingLayout.addWidget(self.encodingNotesLabel)

        self.encodingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.encodingLayout.addItem(self.encodingSpacer)

        ImportWizard.addPage(self.encodingPage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.headerRowLabel = QLabel(self.mappingPage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")
        self.headerRowLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.headerRowLabel)

        self.mappingArea = QScrollArea(self.mappingPage)
        self.mappingArea.setObjectName(u"mappingArea")
        self.mappingArea.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingGrid = QGridLayout(self.mappingContents)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingArea.setWidget(self.mappingContents)

        self.mappingLayout.addWidget(self.mappingArea)

        self.monthFirstCheck = QCheckBox(self.mappingPage)
        self.monthFirstCheck.setObjectName(u"monthFirstCheck")

        self.mappingLayout.addWidget(self.monthFirstCheck)

        self.defaultsForm = QFormLayout()
        self.defaultsForm.setObjectName(u"defaultsForm")
        self.defaultKindLabel = QLabel(self.mappingPage)
        self.defaultKindLabel.setObjectName(u"defaultKindLabel")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultKindLabel)

        self.defaultKindCombo = QComboBox(self.mappingPage)
        self.defaultKindCombo.setObjectName(u"defaultKindCombo")

        self.defaultsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultKindCombo)

        self.defaultFieldLabel = QLabel(self.mappingPage)
        self.defaultFieldLabel.setObjectName(u"defaultFieldLabel")

        self.defaultsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.defaultFieldLabel)

        self.defaultFieldCombo = QComboBox(self.mappingPage)
        self.defaultFieldCombo.setObjectName(u"defaultFieldCombo")

        self.defaultsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.defaultFieldCombo)


        self.mappingLayout.addLayout(self.defaultsForm)

        self.mappingErrorLabel = QLabel(self.mappingPage)
        self.mappingErrorLabel.setObjectName(u"mappingErrorLabel")
        self.mappingErrorLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingErrorLabel)

        ImportWizard.addPage(self.mappingPage)
        self.previewPage = CheckedPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(self.previewPage)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.previewLayout.addWidget(self.problemsLabel)

        self.problemsView = QTableView(self.previewPage)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(False)

        self.previewLayout.addWidget(self.problemsView)

        self.rowsLabel = QLabel(self.previewPage)
        self.rowsLabel.setObjectName(u"rowsLabel")

        self.previewLayout.addWidget(self.rowsLabel)

        self.previewView = QTableView(self.previewPage)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewView.setWordWrap(False)

        self.previewLayout.addWidget(self.previewView)

        self.includeDuplicatesCheck = QCheckBox(self.previewPage)
        self.includeDuplicatesCheck.setObjectName(u"includeDuplicatesCheck")

        self.previewLayout.addWidget(self.includeDuplicatesCheck)

        self.resultLabel = QLabel(self.previewPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.resultLabel)

        ImportWizard.addPage(self.previewPage)
#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.defaultKindLabel.setBuddy(self.defaultKindCombo)
        self.defaultFieldLabel.setBuddy(self.defaultFieldCombo)
        self.problemsLabel.setBuddy(self.problemsView)
        self.rowsLabel.setBuddy(self.previewView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard: "QWizard") -> None:
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import initiatives from Excel", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose the list to import", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"An Excel workbook (.xlsx, .xls) or a CSV file. Nothing is saved until you confirm on the last page.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Path of the list file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.fileHintLabel.setText(QCoreApplication.translate("ImportWizard", u"Columns are found by their headings (for example \"T\u00ean s\u00e1ng ki\u1ebfn\", \"H\u1ecd v\u00e0 t\u00ean\", \"Gi\u00e1 tr\u1ecb l\u00e0m l\u1ee3i\"), in any order. Lists typed with TCVN3 (.VnTime) or VNI fonts are recognised.", None))
        self.encodingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Text encoding", None))
        self.encodingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Old lists typed with TCVN3 or VNI fonts are converted to Unicode. Check that the text reads correctly after conversion.", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportWizard", u"&Read the text as:", None))
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Each column of the file is read as the field chosen beside it. Correct any that is wrong; the choice is remembered for files with the same headings.", None))
        self.monthFirstCheck.setText(QCoreApplication.translate("ImportWizard", u"Dates typed as text are written &month first (month/day/year)", None))
        self.defaultKindLabel.setText(QCoreApplication.translate("ImportWizard", u"&Kind when a row gives none:", None))
        self.defaultFieldLabel.setText(QCoreApplication.translate("ImportWizard", u"F&ield when a row gives none:", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check and import", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Rows with errors are not imported. Correct them in the file and check it again, or import the other rows now.", None))
        self.problemsLabel.setText(QCoreApplication.translate("ImportWizard", u"&Problems found", None))
        self.rowsLabel.setText(QCoreApplication.translate("ImportWizard", u"&Rows to import", None))
        self.includeDuplicatesCheck.setText(QCoreApplication.translate("ImportWizard", u"Also import the rows marked as &duplicates", None))
    # retranslateUi

