# GENERATED from forms/setup_wizard.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard)

from sangkien_desktop.ui.widgets.checked_page import CheckedPage

# mypy: ignore-errors
class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard: "QWizard") -> None:
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(660, 500)
        SetupWizard.setModal(True)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        SetupWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcomePage = CheckedPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.officeRadio = QRadioButton(self.welcomePage)
        self.officeRadio.setObjectName(u"officeRadio")
        self.officeRadio.setChecked(True)

        self.welcomeLayout.addWidget(self.officeRadio)

        self.officeNote = QLabel(self.welcomePage)
        self.officeNote.setObjectName(u"officeNote")
        self.officeNote.setWordWrap(True)
        self.officeNote.setIndent(24)

        self.welcomeLayout.addWidget(self.officeNote)

        self.demoRadio = QRadioButton(self.welcomePage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.welcomeLayout.addWidget(self.demoRadio)

        self.demoNote = QLabel(self.welcomePage)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setWordWrap(True)
        self.demoNote.setIndent(24)

        self.welcomeLayout.addWidget(self.demoNote)

        self.welcomeSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        SetupWizard.addPage(self.welcomePage)
        self.unitPage = CheckedPage()
        self.unitPage.setObjectName(u"unitPage")
        self.unitPageForm = QFormLayout(self.unitPage)
        self.unitPageForm.setObjectName(u"unitPageForm")
        self.unitPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitNameLabel = QLabel(self.unitPage)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.unitPage)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.unitNameError = QLabel(self.unitPage)
        self.unitNameError.setObjectName(u"unitNameError")
        self.unitNameError.setWordWrap(True)

        self.unitPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitNameError)

        self.shortNameLabel = QLabel(self.unitPage)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.unitPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.unitPage)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.unitPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.shortNameError = QLabel(self.unitPage)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setWordWrap(True)

        self.unitPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameError)

        self.unitCodeLabel = QLabel(self.unitPage)
        self.unitCodeLabel.setObjectName(u"unitCodeLabel")

        self.unitPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitCodeLabel)

        self.unitCodeEdit = QLineEdit(self.unitPage)
        self.unitCodeEdit.setObjectName(u"unitCodeEdit")

        self.unitPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCodeEdit)

        self.unitCodeError = QLabel(self.unitPage)
        self.unitCodeError.setObjectName(u"unitCodeError")
        self.unitCodeError.setWordWrap(True)

        self.unitPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCodeError)

        self.parentUnionLabel = QLabel(self.unitPage)
        self.parentUnionLabel.setObjectName(u"parentUnionLabel")

        self.unitPageForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parentUnionLabel)

        self.parentUnionEdit = QLineEdit(self.unitPage)
        self.parentUnionEdit.setObjectName(u"parentUnionEdit")

        self.unitPageForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parentUnionEdit)

        self.parentUnionError = QLabel(self.unitPage)
        self.parentUnionError.setObjectName(u"parentUnionError")
        self.parentUnionError.setWordWrap(True)

        self.unitPageForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parentUnionError)

        self.placeNameLabel = QLabel(self.unitPage)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.unitPageForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(self.unitPage)
        self.placeNameEdit.setObjectName(u"placeNameEdit")

        self.unitPageForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)

        self.placeNameError = QLabel(self.unitPage)
        self.placeNameError.setObjectName(u"placeNameError")
        self.placeNameError.setWordWrap(True)

        self.unitPageForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.placeNameError)

        SetupWizard.addPage(self.unitPage)
        self.employerPage = CheckedPage()
        self.employerPage.setObjectName(u"employerPage")
        self.employerPageForm = QFormLayout(self.employerPage)
        self.employerPageForm.setObjectName(u"employerPageForm")
        self.employerPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employerNameLabel = QLabel(self.employerPage)
        self.employerNameLabel.setObjectName(u"employerNameLabel")

        self.employerPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerNameLabel)

        self.employerNameEdit = QLineEdit(self.employerPage)
        self.employerNameEdit.setObjectName(u"employerNameEdit")

        self.employerPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerNameEdit)

        self.employerNameError = QLabel(self.employerPage)
        self.employerNameError.setObjectName(u"employerNameError")
        self.employerNameError.setWordWrap(True)

        self.employerPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employerNameError)

        self.headNameLabel = QLabel(self.employerPage)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.employerPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(self.employerPage)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.employerPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headNameError = QLabel(self.employerPage)
        self.headNameError.setObjectName(u"headNameError")
        self.headNameError.setWordWrap(True)

        self.employerPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headNameError)

        self.headTitleLabel = QLabel(self.employerPage)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.employerPageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(self.employerPage)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.employerPageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.headTitleError = QLabel(self.employerPage)
        self.headTitleError.setObjectName(u"headTitleError")
        self.headTitleError.setWordWrap(True)

        self.employerPageForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headTitleError)

        SetupWizard.addPage(self.employerPage)
        self.leadersPage = CheckedPage()
        self.leadersPage.setObjectName(u"leadersPage")
        self.leadersPageForm = QFormLayout(self.leadersPage)
        self.leadersPageForm.setObjectName(u"leadersPageForm")
        self.leadersPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chairNameLabel = QLabel(self.leadersPage)
        self.chairNameLabel.setObjectName(u"chairNameLabel")

        self.leadersPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairNameLabel)

        self.chairNameEdit = QLineEdit(self.leadersPage)
        self.chairNameEdit.setObjectName(u"chairNameEdit")

        self.leadersPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chairNameEdit)

        self.chairNameError = QLabel(self.leadersPage)
        self.chairNameError.setObjectName(u"chairNameError")
        self.chairNameError.setWordWrap(True)

        self.leadersPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairNameError)

        self.viceChairNameLabel = QLabel(self.leadersPage)
        self.viceChairNameLabel.setObjectName(u"viceChairNameLabel")

        self.leadersPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.viceChairNameLabel)

        self.viceChairNameEdit = QLineEdit(self.leadersPage)
        self.viceChairNameEdit.setObjectName(u"viceChairNameEdit")

        self.leadersPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.viceChairNameEdit)

        self.viceChairNameError = QLabel(self.leadersPage)
        self.viceChairNameError.setObjectName(u"viceChairNameError")
        self.viceChairNameError.setWordWrap(True)

        self.leadersPageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.viceChairNameError)

        SetupWizard.addPage(self.leadersPage)
        self.officerPage = CheckedPage()
        self.officerPage.setObjectName(u"officerPage")
        self.officerPageForm = QFormLayout(self.officerPage)
        self.officerPageForm.setObjectName(u"officerPageForm")
        self.officerPageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officerNameLabel = QLabel(self.officerPage)
        self.officerNameLabel.setObjectName(u"officerNameLabel")

        self.officerPageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerNameLabel)

        self.officerNameEdit = QLineEdit(self.officerPage)
        self.officerNameEdit.setObjectName(u"officerNameEdit")

        self.officerPageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerNameEdit)

        self.officerNameError = QLabel(self.officerPage)
        self.officerNameError.setObjectName(u"officerNameError")
        self.officerNameError.setWordWrap(True)

        self.officerPageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerNameError)

        self.roleLabel = QLabel(self.officerPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.officerPageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.officerPage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.officerPageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        SetupWizard.addPage(self.officerPage)
        self.summaryPage = CheckedPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.saveErrorLabel = QLabel(self.summaryPage)
        self.saveErrorLabel.setObjectName(u"saveErrorLabel")
        self.saveErrorLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.saveErrorLabel)

        self.summarySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        SetupWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.unitCodeLabel.setBuddy(self.unitCodeEdit)
        self.parentUnionLabel.setBuddy(self.parentUnionEdit)
        self.placeNameLabel.setBuddy(self.placeNameEdit)
        self.employerNameLabel.setBuddy(self.employerNameEdit)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.chairNameLabel.setBuddy(self.chairNameEdit)
        self.viceChairNameLabel.setBuddy(self.viceChairNameEdit)
        self.officerNameLabel.setBuddy(self.officerNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard: "QWizard") -> None:
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"First-run setup", None))
        self.welcomePage.setTitle(QCoreApplication.translate("SetupWizard", u"Welcome to S\u00e1ng ki\u1ebfn Desktop", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"This program keeps your union's register of initiatives on this computer. How would you like to start?", None))
        self.officeRadio.setText(QCoreApplication.translate("SetupWizard", u"&Set up my union's office", None))
        self.officeNote.setText(QCoreApplication.translate("SetupWizard", u"Enter your union unit, its employer and leaders. You can change them later in Settings.", None))
        self.demoRadio.setText(QCoreApplication.translate("SetupWizard", u"&Try with demo data", None))
        self.demoNote.setText(QCoreApplication.translate("SetupWizard", u"Opens a separate sample store with a few thousand made-up initiatives. Your own data folder stays empty, and this assistant appears again at the next start.", None))
        self.unitPage.setTitle(QCoreApplication.translate("SetupWizard", u"Union unit", None))
        self.unitPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Fields marked * are required. The unit code is printed in initiative codes and certificate serials.", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Union name *", None))
        self.unitNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. C\u00f4ng \u0111o\u00e0n c\u01a1 s\u1edf C\u00f4ng ty TNHH ABC", None))
        self.unitNameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Short name", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. C\u0110CS ABC", None))
        self.shortNameError.setText("")
        self.unitCodeLabel.setText(QCoreApplication.translate("SetupWizard", u"Unit code *", None))
        self.unitCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. CDCS-ABC: Latin letters, digits, - or _", None))
        self.unitCodeError.setText("")
        self.parentUnionLabel.setText(QCoreApplication.translate("SetupWizard", u"Parent union", None))
        self.parentUnionEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. C\u00f4ng \u0111o\u00e0n Khu kinh t\u1ebf H\u1ea3i Ph\u00f2ng", None))
        self.parentUnionError.setText("")
        self.placeNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Place name for dates", None))
        self.placeNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. H\u1ea3i Ph\u00f2ng, as in \u201cH\u1ea3i Ph\u00f2ng, ng\u00e0y \u2026 th\u00e1ng \u2026 n\u0103m \u2026\u201d", None))
        self.placeNameError.setText("")
        self.employerPage.setTitle(QCoreApplication.translate("SetupWizard", u"Employer", None))
        self.employerPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The company or agency where the union works; it recognises initiatives.", None))
        self.employerNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Employer name *", None))
        self.employerNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. C\u00f4ng ty TNHH ABC", None))
        self.employerNameError.setText("")
        self.headNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Head of the employer", None))
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        self.headNameError.setText("")
        self.headTitleLabel.setText(QCoreApplication.translate("SetupWizard", u"Head's title", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"e.g. T\u1ed5ng Gi\u00e1m \u0111\u1ed1c", None))
        self.headTitleError.setText("")
        self.leadersPage.setTitle(QCoreApplication.translate("SetupWizard", u"Union leaders", None))
        self.leadersPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"They sign the union's papers: the chairman, or the vice-chairman on the chairman's behalf.", None))
        self.chairNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Chairman", None))
        self.chairNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        self.chairNameError.setText("")
        self.viceChairNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Vice-chairman", None))
        self.viceChairNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        self.viceChairNameError.setText("")
        self.officerPage.setTitle(QCoreApplication.translate("SetupWizard", u"About you", None))
        self.officerPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The union officer who keeps the register on this computer; your name is recorded with every change.", None))
        self.officerNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Your full name *", None))
        self.officerNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Full name", None))
        self.officerNameError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("SetupWizard", u"Role", None))
        self.summaryPage.setTitle(QCoreApplication.translate("SetupWizard", u"Summary", None))
        self.summaryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Check the details, then press Finish to save them.", None))
        self.summaryLabel.setText("")
        self.saveErrorLabel.setText("")
    # retranslateUi

