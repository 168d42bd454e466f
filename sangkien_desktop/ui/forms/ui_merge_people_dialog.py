# GENERATED from forms/merge_people_dialog.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_people_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_MergePeopleDialog(object):
    def setupUi(self, MergePeopleDialog: "QDialog") -> None:
        if not MergePeopleDialog.objectName():
            MergePeopleDialog.setObjectName(u"MergePeopleDialog")
        MergePeopleDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(MergePeopleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergePeopleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.compareGrid = QGridLayout()
        self.compareGrid.setObjectName(u"compareGrid")
        self.compareGrid.setHorizontalSpacing(18)
        self.keepFirstRadio = QRadioButton(MergePeopleDialog)
        self.keepFirstRadio.setObjectName(u"keepFirstRadio")
        self.keepFirstRadio.setChecked(True)

        self.compareGrid.addWidget(self.keepFirstRadio, 0, 1, 1, 1)

        self.keepSecondRadio = QRadioButton(MergePeopleDialog)
        self.keepSecondRadio.setObjectName(u"keepSecondRadio")

        self.compareGrid.addWidget(self.keepSecondRadio, 0, 2, 1, 1)

        self.nameCaption = QLabel(MergePeopleDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.compareGrid.addWidget(self.nameCaption, 1, 0, 1, 1)

        self.firstNameLabel = QLabel(MergePeopleDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")
        self.firstNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.firstNameLabel, 1, 1, 1, 1)

        self.secondNameLabel = QLabel(MergePeopleDialog)
        self.secondNameLabel.setObjectName(u"secondNameLabel")
        self.secondNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.secondNameLabel, 1, 2, 1, 1)

        self.birthCaption = QLabel(MergePeopleDialog)
        self.birthCaption.setObjectName(u"birthCaption")

        self.compareGrid.addWidget(self.birthCaption, 2, 0, 1, 1)

        self.firstBirthLabel = QLabel(MergePeopleDialog)
        self.firstBirthLabel.setObjectName(u"firstBirthLabel")
        self.firstBirthLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.firstBirthLabel, 2, 1, 1, 1)

        self.secondBirthLabel = QLabel(MergePeopleDialog)
        self.secondBirthLabel.setObjectName(u"secondBirthLabel")
        self.secondBirthLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.secondBirthLabel, 2, 2, 1, 1)

        self.departmentCaption = QLabel(MergePeopleDialog)
        self.departmentCaption.setObjectName(u"departmentCaption")

        self.compareGrid.addWidget(self.departmentCaption, 3, 0, 1, 1)

        self.firstDepartmentLabel = QLabel(MergePeopleDialog)
        self.firstDepartmentLabel.setObjectName(u"firstDepartmentLabel")
        self.firstDepartmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.firstDepartmentLabel, 3, 1, 1, 1)

        self.secondDepartmentLabel = QLabel(MergePeopleDialog)
        self.secondDepartmentLabel.setObjectName(u"secondDepartmentLabel")
        self.secondDepartmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.secondDepartmentLabel, 3, 2, 1, 1)

        self.countCaption = QLabel(MergePeopleDialog)
        self.countCaption.setObjectName(u"countCaption")

        self.compareGrid.addWidget(self.countCaption, 4, 0, 1, 1)

        self.firstCountLabel = QLabel(MergePeopleDialog)
        self.firstCountLabel.setObjectName(u"firstCountLabel")
        self.firstCountLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.firstCountLabel, 4, 1, 1, 1)

        self.secondCountLabel = QLabel(MergePeopleDialog)
        self.secondCountLabel.setObjectName(u"secondCountLabel")
        self.secondCountLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.compareGrid.addWidget(self.secondCountLabel, 4, 2, 1, 1)

        self.compareGrid.setColumnStretch(1, 1)
        self.compareGrid.setColumnStretch(2, 1)

        self.dialogLayout.addLayout(self.compareGrid)

        self.errorLabel = QLabel(MergePeopleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MergePeopleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(MergePeopleDialog)
        self.buttonBox.rejected.connect(MergePeopleDialog.reject)

        QMetaObject.connectSlotsByName(MergePeopleDialog)
    # setupUi

    def retranslateUi(self, MergePeopleDialog: "QDialog") -> None:
        MergePeopleDialog.setWindowTitle(QCoreApplication.translate("MergePeopleDialog", u"Merge duplicate people", None))
        self.introLabel.setText(QCoreApplication.translate("MergePeopleDialog", u"These two rows should be one person. Choose the one to keep: the initiatives, rewards and other records of the other one move to it, then the other one is removed.", None))
        self.keepFirstRadio.setText(QCoreApplication.translate("MergePeopleDialog", u"Keep this one", None))
        self.keepSecondRadio.setText(QCoreApplication.translate("MergePeopleDialog", u"Keep this one", None))
        self.nameCaption.setText(QCoreApplication.translate("MergePeopleDialog", u"Full name", None))
        self.firstNameLabel.setText("")
        self.secondNameLabel.setText("")
        self.birthCaption.setText(QCoreApplication.translate("MergePeopleDialog", u"Date of birth", None))
        self.firstBirthLabel.setText("")
        self.secondBirthLabel.setText("")
        self.departmentCaption.setText(QCoreApplication.translate("MergePeopleDialog", u"Department", None))
        self.firstDepartmentLabel.setText("")
        self.secondDepartmentLabel.setText("")
        self.countCaption.setText(QCoreApplication.translate("MergePeopleDialog", u"Initiatives", None))
        self.firstCountLabel.setText("")
        self.secondCountLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

