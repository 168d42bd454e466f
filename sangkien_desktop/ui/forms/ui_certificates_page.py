# GENERATED from forms/certificates_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificates_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_CertificatesPage(object):
    def setupUi(self, CertificatesPage: "QWidget") -> None:
        if not CertificatesPage.objectName():
            CertificatesPage.setObjectName(u"CertificatesPage")
        CertificatesPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(CertificatesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.printGroup = QGroupBox(CertificatesPage)
        self.printGroup.setObjectName(u"printGroup")
        self.printLayout = QVBoxLayout(self.printGroup)
        self.printLayout.setObjectName(u"printLayout")
        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.decisionLabel = QLabel(self.printGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.printRow.addWidget(self.decisionLabel)

        self.decisionCombo = QComboBox(self.printGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decisionCombo.sizePolicy().hasHeightForWidth())
        self.decisionCombo.setSizePolicy(sizePolicy)

        self.printRow.addWidget(self.decisionCombo)

        self.printButton = QPushButton(self.printGroup)
        self.printButton.setObjectName(u"printButton")

        self.printRow.addWidget(self.printButton)


        self.printLayout.addLayout(self.printRow)

        self.blankRow = QHBoxLayout()
        self.blankRow.setObjectName(u"blankRow")
        self.blankCheck = QCheckBox(self.printGroup)
        self.blankCheck.setObjectName(u"blankCheck")

        self.blankRow.addWidget(self.blankCheck)

        self.profileCombo = QComboBox(self.printGroup)
        self.profileCombo.setObjectName(u"profileCombo")
        self.profileCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.blankRow.addWidget(self.profileCombo)

        self.offsetsButton = QPushButton(self.printGroup)
        self.offsetsButton.setObjectName(u"offsetsButton")

        self.blankRow.addWidget(self.offsetsButton)

        self.blankSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.blankRow.addItem(self.blankSpacer)

        self.emblemLabel = QLabel(self.printGroup)
        self.emblemLabel.setObjectName(u"emblemLabel")
        self.emblemLabel.setText(u"")

        self.blankRow.addWidget(self.emblemLabel)

        self.emblemButton = QPushButton(self.printGroup)
        self.emblemButton.setObjectName(u"emblemButton")

        self.blankRow.addWidget(self.emblemButton)


        self.printLayout.addLayout(self.blankRow)


        self.pageLayout.addWidget(self.printGroup)

        self.registerRow = QHBoxLayout()
        self.registerRow.setObjectName(u"registerRow")
        self.registerLabel = QLabel(CertificatesPage)
        self.registerLabel.setObjectName(u"registerLabel")

        self.registerRow.addWidget(self.registerLabel)

        self.registerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerRow.addItem(self.registerSpacer)

        self.countLabel = QLabel(CertificatesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.registerRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.registerRow)

        self.tableView = QTableView(CertificatesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.messageLabel = QLabel(CertificatesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.reprintButton = QPushButton(CertificatesPage)
        self.reprintButton.setObjectName(u"reprintButton")

        self.buttonRow.addWidget(self.reprintButton)

        self.revokeButton = QPushButton(CertificatesPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.buttonRow.addWidget(self.revokeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.verifyButton = QPushButton(CertificatesPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttonRow.addWidget(self.verifyButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.decisionCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.blankCheck)
        QWidget.setTabOrder(self.blankCheck, self.profileCombo)
        QWidget.setTabOrder(self.profileCombo, self.offsetsButton)
        QWidget.setTabOrder(self.offsetsButton, self.emblemButton)
        QWidget.setTabOrder(self.emblemButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.verifyButton)

        self.retranslateUi(CertificatesPage)

        QMetaObject.connectSlotsByName(CertificatesPage)
    # setupUi

    def retranslateUi(self, CertificatesPage: "QWidget") -> None:
        CertificatesPage.setWindowTitle(QCoreApplication.translate("CertificatesPage", u"Certificates", None))
        self.printGroup.setTitle(QCoreApplication.translate("CertificatesPage", u"Print the certificates of a reward decision", None))
        self.decisionLabel.setText(QCoreApplication.translate("CertificatesPage", u"&Decision", None))
        self.printButton.setText(QCoreApplication.translate("CertificatesPage", u"&Print certificates\u2026", None))
#if QT_CONFIG(tooltip)
        self.blankCheck.setToolTip(QCoreApplication.translate("CertificatesPage", u"Print only the variable fields, onto blanks pre-printed by the upper union", None))
#endif // QT_CONFIG(tooltip)
        self.blankCheck.setText(QCoreApplication.translate("CertificatesPage", u"Print on pre-printed &blanks", None))
#if QT_CONFIG(accessibility)
        self.profileCombo.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Printer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.profileCombo.setToolTip(QCoreApplication.translate("CertificatesPage", u"The printer whose saved offsets move the fields onto the blank's lines", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.offsetsButton.setToolTip(QCoreApplication.translate("CertificatesPage", u"Set a printer's offsets and print the calibration page", None))
#endif // QT_CONFIG(tooltip)
        self.offsetsButton.setText(QCoreApplication.translate("CertificatesPage", u"&Offsets\u2026", None))
#if QT_CONFIG(tooltip)
        self.emblemButton.setToolTip(QCoreApplication.translate("CertificatesPage", u"Choose the emblem image printed at the top of certificates of merit on plain paper", None))
#endif // QT_CONFIG(tooltip)
        self.emblemButton.setText(QCoreApplication.translate("CertificatesPage", u"&Emblem\u2026", None))
        self.registerLabel.setText(QCoreApplication.translate("CertificatesPage", u"Certificate register", None))
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("CertificatesPage", u"Certificate register", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reprintButton.setToolTip(QCoreApplication.translate("CertificatesPage", u"Print the selected certificates again, with the same serials", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("CertificatesPage", u"&Reprint\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("CertificatesPage", u"Revoke the selected certificate; only the chair may", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("CertificatesPage", u"Re&voke\u2026", None))
        self.verifyButton.setText(QCoreApplication.translate("CertificatesPage", u"&Check a certificate\u2026", None))
    # retranslateUi

