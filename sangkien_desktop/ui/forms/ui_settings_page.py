# GENERATED from forms/settings_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage: "QWidget") -> None:
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(720, 640)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.unitGroup = QGroupBox(self.scrollContents)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitForm = QFormLayout(self.unitGroup)
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitNameLabel = QLabel(self.unitGroup)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.unitGroup)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.unitNameError = QLabel(self.unitGroup)
        self.unitNameError.setObjectName(u"unitNameError")
        self.unitNameError.setWordWrap(True)

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitNameError)

        self.shortNameLabel = QLabel(self.unitGroup)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.unitGroup)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.shortNameError = QLabel(self.unitGroup)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setWordWrap(True)

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shortNameError)

        self.unitCodeLabel = QLabel(self.unitGroup)
        self.unitCodeLabel.setObjectName(u"unitCodeLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitCodeLabel)

        self.unitCodeEdit = QLineEdit(self.unitGroup)
        self.unitCodeEdit.setObjectName(u"unitCodeEdit")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCodeEdit)

        self.unitCodeError = QLabel(self.unitGroup)
        self.unitCodeError.setObjectName(u"unitCodeError")
        self.unitCodeError.setWordWrap(True)

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCodeError)

        self.parentUnionLabel = QLabel(self.unitGroup)
        self.parentUnionLabel.setObjectName(u"parentUnionLabel")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parentUnionLabel)

        self.parentUnionEdit = QLineEdit(self.unitGroup)
        self.parentUnionEdit.setObjectName(u"parentUnionEdit")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parentUnionEdit)

        self.parentUnionError = QLabel(self.unitGroup)
        self.parentUnionError.setObjectName(u"parentUnionError")
        self.parentUnionError.setWordWrap(True)

        self.unitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parentUnionError)

        self.placeNameLabel = QLabel(self.unitGroup)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(self.unitGroup)
        self.placeNameEdit.setObjectName(u"placeNameEdit")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)

        self.placeNameError = QLabel(self.unitGroup)
        self.placeNameError.setObjectName(u"placeNameError")
        self.placeNameError.setWordWrap(True)

        self.unitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.placeNameError)


        self.contentsLayout.addWidget(self.unitGroup)

        self.employerGroup = QGroupBox(self.scrollContents)
        self.employerGroup.setObjectName(u"employerGroup")
        self.employerForm = QFormLayout(self.employerGroup)
        self.employerForm.setObjectName(u"employerForm")
        self.employerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employerNameLabel = QLabel(self.employerGroup)
        self.employerNameLabel.setObjectName(u"employerNameLabel")

        self.employerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerNameLabel)

        self.employerNameEdit = QLineEdit(self.employerGroup)
        self.employerNameEdit.setObjectName(u"employerNameEdit")

        self.employerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerNameEdit)

        self.employerNameError = QLabel(self.employerGroup)
        self.employerNameError.setObjectName(u"employerNameError")
        self.employerNameError.setWordWrap(True)

        self.employerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employerNameError)

        self.headNameLabel = QLabel(self.employerGroup)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.employerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(self.employerGroup)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.employerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headNameError = QLabel(self.employerGroup)
        self.headNameError.setObjectName(u"headNameError")
        self.headNameError.setWordWrap(True)

        self.employerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headNameError)

        self.headTitleLabel = QLabel(self.employerGroup)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.employerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(self.employerGroup)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.employerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.headTitleError = QLabel(self.employerGroup)
        self.headTitleError.setObjectName(u"headTitleError")
        self.headTitleError.setWordWrap(True)

        self.employerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.headTitleError)


        self.contentsLayout.addWidget(self.employerGroup)

        self.leadersGroup = QGroupBox(self.scrollContents)
        self.leadersGroup.setObjectName(u"leadersGroup")
        self.leadersForm = QFormLayout(self.leadersGroup)
        self.leadersForm.setObjectName(u"leadersForm")
        self.leadersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chairNameLabel = QLabel(self.leadersGroup)
        self.chairNameLabel.setObjectName(u"chairNameLabel")

        self.leadersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairNameLabel)

        self.chairNameEdit = QLineEdit(self.leadersGroup)
        self.chairNameEdit.setObjectName(u"chairNameEdit")

        self.leadersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chairNameEdit)

        self.chairNameError = QLabel(self.leadersGroup)
        self.chairNameError.setObjectName(u"chairNameError")
        self.chairNameError.setWordWrap(True)

        self.leadersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairNameError)

        self.viceChairNameLabel = QLabel(self.leadersGroup)
        self.viceChairNameLabel.setObjectName(u"viceChairNameLabel")

        self.leadersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.viceChairNameLabel)

        self.viceChairNameEdit = QLineEdit(self.leadersGroup)
        self.viceChairNameEdit.setObjectName(u"viceChairNameEdit")

        self.leadersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.viceChairNameEdit)

        self.viceChairNameError = QLabel(self.leadersGroup)
        self.viceChairNameError.setObjectName(u"viceChairNameError")
        self.viceChairNameError.setWordWrap(True)

        self.leadersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.viceChairNameError)


        self.contentsLayout.addWidget(self.leadersGroup)

        self.officerGroup = QGroupBox(self.scrollContents)
        self.officerGroup.setObjectName(u"officerGroup")
        self.officerForm = QFormLayout(self.officerGroup)
        self.officerForm.setObjectName(u"officerForm")
        self.officerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officerNameLabel = QLabel(self.officerGroup)
        self.officerNameLabel.setObjectName(u"officerNameLabel")

        self.officerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerNameLabel)

        self.officerNameEdit = QLineEdit(self.officerGroup)
        self.officerNameEdit.setObjectName(u"officerNameEdit")

        self.officerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerNameEdit)

        self.officerNameError = QLabel(self.officerGroup)
        self.officerNameError.setObjectName(u"officerNameError")
        self.officerNameError.setWordWrap(True)

        self.officerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerNameError)

        self.officersButton = QPushButton(self.officerGroup)
        self.officersButton.setObjectName(u"officersButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.officersButton.sizePolicy().hasHeightForWidth())
        self.officersButton.setSizePolicy(sizePolicy)

        self.officerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officersButton)


        self.contentsLayout.addWidget(self.officerGroup)

        self.serverGroup = QGroupBox(self.scrollContents)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverForm = QFormLayout(self.serverGroup)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverLabel = QLabel(self.serverGroup)
        self.serverLabel.setObjectName(u"serverLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverValue = QLabel(self.serverGroup)
        self.serverValue.setObjectName(u"serverValue")
        self.serverValue.setWordWrap(True)
        self.serverValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.enrollButton = QPushButton(self.serverGroup)
        self.enrollButton.setObjectName(u"enrollButton")
        sizePolicy.setHeightForWidth(self.enrollButton.sizePolicy().hasHeightForWidth())
        self.enrollButton.setSizePolicy(sizePolicy)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.enrollButton)


        self.contentsLayout.addWidget(self.serverGroup)

        self.dataGroup = QGroupBox(self.scrollContents)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QHBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.backupsButton = QPushButton(self.dataGroup)
        self.backupsButton.setObjectName(u"backupsButton")

        self.dataLayout.addWidget(self.backupsButton)

        self.dataSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataLayout.addItem(self.dataSpacer)


        self.contentsLayout.addWidget(self.dataGroup)

        self.languageGroup = QGroupBox(self.scrollContents)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.contentsLayout.addWidget(self.languageGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(SettingsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.statusLabel)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.buttonLayout)

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
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage: "QWidget") -> None:
        self.unitGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Union unit", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Union name *", None))
        self.unitNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. C\u00f4ng \u0111o\u00e0n c\u01a1 s\u1edf C\u00f4ng ty TNHH ABC", None))
        self.unitNameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Short name", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. C\u0110CS ABC", None))
        self.shortNameError.setText("")
        self.unitCodeLabel.setText(QCoreApplication.translate("SettingsPage", u"Unit code *", None))
        self.unitCodeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. CDCS-ABC: Latin letters, digits, - or _", None))
        self.unitCodeError.setText("")
        self.parentUnionLabel.setText(QCoreApplication.translate("SettingsPage", u"Parent union", None))
        self.parentUnionEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. C\u00f4ng \u0111o\u00e0n Khu kinh t\u1ebf H\u1ea3i Ph\u00f2ng", None))
        self.parentUnionError.setText("")
        self.placeNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Place name for dates", None))
        self.placeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. H\u1ea3i Ph\u00f2ng, as in \u201cH\u1ea3i Ph\u00f2ng, ng\u00e0y \u2026 th\u00e1ng \u2026 n\u0103m \u2026\u201d", None))
        self.placeNameError.setText("")
        self.employerGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Employer", None))
        self.employerNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Employer name *", None))
        self.employerNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. C\u00f4ng ty TNHH ABC", None))
        self.employerNameError.setText("")
        self.headNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Head of the employer", None))
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Full name", None))
        self.headNameError.setText("")
        self.headTitleLabel.setText(QCoreApplication.translate("SettingsPage", u"Head's title", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. T\u1ed5ng Gi\u00e1m \u0111\u1ed1c", None))
        self.headTitleError.setText("")
        self.leadersGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Union leaders", None))
        self.chairNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Chairman", None))
        self.chairNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Full name", None))
        self.chairNameError.setText("")
        self.viceChairNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Vice-chairman", None))
        self.viceChairNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Full name", None))
        self.viceChairNameError.setText("")
        self.officerGroup.setTitle(QCoreApplication.translate("SettingsPage", u"About you", None))
        self.officerNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Your full name *", None))
        self.officerNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Full name", None))
        self.officerNameError.setText("")
        self.officersButton.setText(QCoreApplication.translate("SettingsPage", u"Officers\u2026", None))
#if QT_CONFIG(tooltip)
        self.officersButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Who uses the program at this office, their roles and PINs", None))
#endif // QT_CONFIG(tooltip)
        self.serverGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Central server", None))
        self.serverLabel.setText(QCoreApplication.translate("SettingsPage", u"Enrolled with", None))
        self.serverValue.setText("")
        self.enrollButton.setText(QCoreApplication.translate("SettingsPage", u"Enrol with the server\u2026", None))
#if QT_CONFIG(tooltip)
        self.enrollButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Enter the server address and the one-time code from the higher-level union", None))
#endif // QT_CONFIG(tooltip)
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Data", None))
        self.backupsButton.setText(QCoreApplication.translate("SettingsPage", u"Back up and restore\u2026", None))
#if QT_CONFIG(tooltip)
        self.backupsButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Back up now or to a USB stick, see the backups, restore one", None))
#endif // QT_CONFIG(tooltip)
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Interface", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"The new language is used from the next start of the program.", None))
        self.statusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save", None))
        pass
    # retranslateUi

