# GENERATED from forms/officers_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_OfficersDialog(object):
    def setupUi(self, OfficersDialog: "QDialog") -> None:
        if not OfficersDialog.objectName():
            OfficersDialog.setObjectName(u"OfficersDialog")
        OfficersDialog.resize(820, 440)
        self.dialogLayout = QVBoxLayout(OfficersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.readOnlyNote = QLabel(OfficersDialog)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.readOnlyNote)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.officerTable = QTableView(OfficersDialog)
        self.officerTable.setObjectName(u"officerTable")
        self.officerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.officerTable.setAlternatingRowColors(True)
        self.officerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.officerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.officerTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.officerTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(OfficersDialog)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.listButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.bodyLayout.addLayout(self.listLayout)

        self.editGroup = QGroupBox(OfficersDialog)
        self.editGroup.setObjectName(u"editGroup")
        self.editLayout = QVBoxLayout(self.editGroup)
        self.editLayout.setObjectName(u"editLayout")
        self.formWidget = QWidget(self.editGroup)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fullNameLabel = QLabel(self.formWidget)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.formWidget)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleLabel = QLabel(self.formWidget)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.formWidget)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.activeCheck = QCheckBox(self.formWidget)
        self.activeCheck.setObjectName(u"activeCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.pinLabel = QLabel(self.formWidget)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.formWidget)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(12)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.clearPinCheck = QCheckBox(self.formWidget)
        self.clearPinCheck.setObjectName(u"clearPinCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clearPinCheck)


        self.editLayout.addWidget(self.formWidget)

        self.editSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editLayout.addItem(self.editSpacer)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.editButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editButtonsSpacer)

        self.saveButton = QPushButton(self.editGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.editButtons.addWidget(self.saveButton)


        self.editLayout.addLayout(self.editButtons)


        self.bodyLayout.addWidget(self.editGroup)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.statusLabel = QLabel(OfficersDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(OfficersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficersDialog)

        QMetaObject.connectSlotsByName(OfficersDialog)
    # setupUi

    def retranslateUi(self, OfficersDialog: "QDialog") -> None:
        OfficersDialog.setWindowTitle(QCoreApplication.translate("OfficersDialog", u"Officers", None))
        self.readOnlyNote.setText(QCoreApplication.translate("OfficersDialog", u"Only the union chairman can add officers or change them; you can look at the list.", None))
        self.newButton.setText(QCoreApplication.translate("OfficersDialog", u"&New officer", None))
        self.editGroup.setTitle(QCoreApplication.translate("OfficersDialog", u"Officer", None))
        self.fullNameLabel.setText(QCoreApplication.translate("OfficersDialog", u"Full name", None))
        self.roleLabel.setText(QCoreApplication.translate("OfficersDialog", u"Role", None))
        self.activeCheck.setText(QCoreApplication.translate("OfficersDialog", u"Works here (can sign in)", None))
        self.pinLabel.setText(QCoreApplication.translate("OfficersDialog", u"New PIN", None))
        self.clearPinCheck.setText(QCoreApplication.translate("OfficersDialog", u"Remove the PIN", None))
        self.saveButton.setText(QCoreApplication.translate("OfficersDialog", u"&Save", None))
        self.statusLabel.setText("")
    # retranslateUi

