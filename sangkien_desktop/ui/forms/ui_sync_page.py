# GENERATED from forms/sync_page.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_SyncPage(object):
    def setupUi(self, SyncPage: "QWidget") -> None:
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.stateFrame = QFrame(SyncPage)
        self.stateFrame.setObjectName(u"stateFrame")
        self.stateFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.stateLayout = QHBoxLayout(self.stateFrame)
        self.stateLayout.setObjectName(u"stateLayout")
        self.stateTextLayout = QVBoxLayout()
        self.stateTextLayout.setObjectName(u"stateTextLayout")
        self.stateLabel = QLabel(self.stateFrame)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.stateTextLayout.addWidget(self.stateLabel)

        self.explanationLabel = QLabel(self.stateFrame)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stateTextLayout.addWidget(self.explanationLabel)


        self.stateLayout.addLayout(self.stateTextLayout)

        self.enrollButton = QPushButton(self.stateFrame)
        self.enrollButton.setObjectName(u"enrollButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.enrollButton.sizePolicy().hasHeightForWidth())
        self.enrollButton.setSizePolicy(sizePolicy)

        self.stateLayout.addWidget(self.enrollButton)


        self.pageLayout.addWidget(self.stateFrame)

        self.figuresGroup = QGroupBox(SyncPage)
        self.figuresGroup.setObjectName(u"figuresGroup")
        self.figuresForm = QFormLayout(self.figuresGroup)
        self.figuresForm.setObjectName(u"figuresForm")
        self.figuresForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverLabel = QLabel(self.figuresGroup)
        self.serverLabel.setObjectName(u"serverLabel")

        self.figuresForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverValue = QLabel(self.figuresGroup)
        self.serverValue.setObjectName(u"serverValue")
        self.serverValue.setWordWrap(True)
        self.serverValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.pendingLabel = QLabel(self.figuresGroup)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.figuresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pendingLabel)

        self.pendingValue = QLabel(self.figuresGroup)
        self.pendingValue.setObjectName(u"pendingValue")
        self.pendingValue.setWordWrap(True)

        self.figuresForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pendingValue)

        self.lastSuccessLabel = QLabel(self.figuresGroup)
        self.lastSuccessLabel.setObjectName(u"lastSuccessLabel")

        self.figuresForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastSuccessLabel)

        self.lastSuccessValue = QLabel(self.figuresGroup)
        self.lastSuccessValue.setObjectName(u"lastSuccessValue")

        self.figuresForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastSuccessValue)

        self.confirmedLabel = QLabel(self.figuresGroup)
        self.confirmedLabel.setObjectName(u"confirmedLabel")

        self.figuresForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmedLabel)

        self.confirmedValue = QLabel(self.figuresGroup)
        self.confirmedValue.setObjectName(u"confirmedValue")
        self.confirmedValue.setWordWrap(True)

        self.figuresForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmedValue)

        self.nextAttemptLabel = QLabel(self.figuresGroup)
        self.nextAttemptLabel.setObjectName(u"nextAttemptLabel")

        self.figuresForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextAttemptLabel)

        self.nextAttemptValue = QLabel(self.figuresGroup)
        self.nextAttemptValue.setObjectName(u"nextAttemptValue")

        self.figuresForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nextAttemptValue)


        self.pageLayout.addWidget(self.figuresGroup)

        self.warningLabel = QLabel(SyncPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.warningLabel)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.syncNowButton = QPushButton(SyncPage)
        self.syncNowButton.setObjectName(u"syncNowButton")
        sizePolicy.setHeightForWidth(self.syncNowButton.sizePolicy().hasHeightForWidth())
        self.syncNowButton.setSizePolicy(sizePolicy)

        self.runRow.addWidget(self.syncNowButton)

        self.progressBar = QProgressBar(SyncPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.runRow.addWidget(self.progressBar)

        self.progressLabel = QLabel(SyncPage)
        self.progressLabel.setObjectName(u"progressLabel")

        self.runRow.addWidget(self.progressLabel)

        self.cancelButton = QPushButton(SyncPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.runRow.addWidget(self.cancelButton)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runRow.addItem(self.runSpacer)

        self.exportFileButton = QPushButton(SyncPage)
        self.exportFileButton.setObjectName(u"exportFileButton")

        self.runRow.addWidget(self.exportFileButton)

        self.ackFileButton = QPushButton(SyncPage)
        self.ackFileButton.setObjectName(u"ackFileButton")

        self.runRow.addWidget(self.ackFileButton)

        self.runRow.setStretch(4, 1)

        self.pageLayout.addLayout(self.runRow)

        self.tabWidget = QTabWidget(SyncPage)
        self.tabWidget.setObjectName(u"tabWidget")
        self.attentionTab = QWidget()
        self.attentionTab.setObjectName(u"attentionTab")
        self.attentionLayout = QVBoxLayout(self.attentionTab)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.attentionHint = QLabel(self.attentionTab)
        self.attentionHint.setObjectName(u"attentionHint")
        self.attentionHint.setWordWrap(True)

        self.attentionLayout.addWidget(self.attentionHint)

        self.attentionTree = QTreeWidget(self.attentionTab)
        self.attentionTree.setObjectName(u"attentionTree")
        self.attentionTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attentionTree.setAlternatingRowColors(True)
        self.attentionTree.setRootIsDecorated(False)
        self.attentionTree.setUniformRowHeights(True)
        self.attentionTree.setWordWrap(False)

        self.attentionLayout.addWidget(self.attentionTree)

        self.attentionButtons = QHBoxLayout()
        self.attentionButtons.setObjectName(u"attentionButtons")
        self.openButton = QPushButton(self.attentionTab)
        self.openButton.setObjectName(u"openButton")

        self.attentionButtons.addWidget(self.openButton)

        self.resendButton = QPushButton(self.attentionTab)
        self.resendButton.setObjectName(u"resendButton")

        self.attentionButtons.addWidget(self.resendButton)

        self.attentionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attentionButtons.addItem(self.attentionSpacer)


        self.attentionLayout.addLayout(self.attentionButtons)

        self.tabWidget.addTab(self.attentionTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.logTree = QTreeWidget(self.logTab)
        self.logTree.setObjectName(u"logTree")
        self.logTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logTree.setAlternatingRowColors(True)
        self.logTree.setRootIsDecorated(False)
        self.logTree.setUniformRowHeights(True)

        self.logLayout.addWidget(self.logTree)

        self.tabWidget.addTab(self.logTab, "")

        self.pageLayout.addWidget(self.tabWidget)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(SyncPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.messageLabel)

        self.refreshButton = QPushButton(SyncPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.bottomRow.addWidget(self.refreshButton)

        self.bottomRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.bottomRow)

        self.pageLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.enrollButton, self.syncNowButton)
        QWidget.setTabOrder(self.syncNowButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.tabWidget)
        QWidget.setTabOrder(self.tabWidget, self.attentionTree)
        QWidget.setTabOrder(self.attentionTree, self.openButton)
        QWidget.setTabOrder(self.openButton, self.resendButton)
        QWidget.setTabOrder(self.resendButton, self.logTree)
        QWidget.setTabOrder(self.logTree, self.refreshButton)

        self.retranslateUi(SyncPage)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage: "QWidget") -> None:
        SyncPage.setWindowTitle(QCoreApplication.translate("SyncPage", u"Synchronisation", None))
        self.stateLabel.setText("")
        self.explanationLabel.setText("")
        self.enrollButton.setText(QCoreApplication.translate("SyncPage", u"&Enrol with the server\u2026", None))
        self.figuresGroup.setTitle(QCoreApplication.translate("SyncPage", u"Status", None))
        self.serverLabel.setText(QCoreApplication.translate("SyncPage", u"Central server", None))
        self.serverValue.setText("")
        self.pendingLabel.setText(QCoreApplication.translate("SyncPage", u"Waiting to upload", None))
        self.pendingValue.setText("")
        self.lastSuccessLabel.setText(QCoreApplication.translate("SyncPage", u"Last successful sync", None))
        self.lastSuccessValue.setText("")
        self.confirmedLabel.setText(QCoreApplication.translate("SyncPage", u"Check with the server", None))
        self.confirmedValue.setText("")
        self.nextAttemptLabel.setText(QCoreApplication.translate("SyncPage", u"Next attempt", None))
        self.nextAttemptValue.setText("")
        self.warningLabel.setText("")
#if QT_CONFIG(tooltip)
        self.syncNowButton.setToolTip(QCoreApplication.translate("SyncPage", u"Upload the waiting changes now and check them with the server", None))
#endif // QT_CONFIG(tooltip)
        self.syncNowButton.setText(QCoreApplication.translate("SyncPage", u"&Sync now", None))
        self.progressLabel.setText("")
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("SyncPage", u"Stop after the current step; what was already sent stays sent", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("SyncPage", u"S&top", None))
#if QT_CONFIG(tooltip)
        self.exportFileButton.setToolTip(QCoreApplication.translate("SyncPage", u"No network: write the waiting changes to a file to take to the higher-level union on a USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.exportFileButton.setText(QCoreApplication.translate("SyncPage", u"Write a USB &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.ackFileButton.setToolTip(QCoreApplication.translate("SyncPage", u"Load the acknowledgement file (.skack) the higher-level union gave back for that file", None))
#endif // QT_CONFIG(tooltip)
        self.ackFileButton.setText(QCoreApplication.translate("SyncPage", u"Load &acknowledgements\u2026", None))
        self.attentionHint.setText(QCoreApplication.translate("SyncPage", u"Records the server did not accept. Open the record, correct what the server's reason says, save, then send it again.", None))
        ___qtreewidgetitem = self.attentionTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("SyncPage", u"Since", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SyncPage", u"Server's reason", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SyncPage", u"Result", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncPage", u"Record", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncPage", u"Kind", None))
#if QT_CONFIG(accessibility)
        self.attentionTree.setAccessibleName(QCoreApplication.translate("SyncPage", u"Records that need attention", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("SyncPage", u"&Open record", None))
#if QT_CONFIG(tooltip)
        self.resendButton.setToolTip(QCoreApplication.translate("SyncPage", u"Queue the record's current content to be sent again", None))
#endif // QT_CONFIG(tooltip)
        self.resendButton.setText(QCoreApplication.translate("SyncPage", u"Send &again", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.attentionTab), QCoreApplication.translate("SyncPage", u"Needs attention", None))
        ___qtreewidgetitem1 = self.logTree.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("SyncPage", u"Event", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("SyncPage", u"Time", None))
#if QT_CONFIG(accessibility)
        self.logTree.setAccessibleName(QCoreApplication.translate("SyncPage", u"Synchronisation log", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.logTab), QCoreApplication.translate("SyncPage", u"Log", None))
        self.messageLabel.setText("")
        self.refreshButton.setText(QCoreApplication.translate("SyncPage", u"Re&fresh", None))
    # retranslateUi

