# GENERATED from forms/todo_panel.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'todo_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

# mypy: ignore-errors
class Ui_TodoPanel(object):
    def setupUi(self, TodoPanel: "QWidget") -> None:
        if not TodoPanel.objectName():
            TodoPanel.setObjectName(u"TodoPanel")
        TodoPanel.resize(640, 360)
        self.panelLayout = QVBoxLayout(TodoPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.summaryLabel = QLabel(TodoPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.headerRow.addWidget(self.summaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(TodoPanel)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerRow.addWidget(self.refreshButton)


        self.panelLayout.addLayout(self.headerRow)

        self.itemsTree = QTreeWidget(TodoPanel)
        self.itemsTree.setObjectName(u"itemsTree")
        self.itemsTree.setAlternatingRowColors(True)
        self.itemsTree.setUniformRowHeights(True)

        self.panelLayout.addWidget(self.itemsTree)

        QWidget.setTabOrder(self.itemsTree, self.refreshButton)

        self.retranslateUi(TodoPanel)

        QMetaObject.connectSlotsByName(TodoPanel)
    # setupUi

    def retranslateUi(self, TodoPanel: "QWidget") -> None:
        TodoPanel.setWindowTitle(QCoreApplication.translate("TodoPanel", u"To do", None))
        self.refreshButton.setText(QCoreApplication.translate("TodoPanel", u"Refresh", None))
        ___qtreewidgetitem = self.itemsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TodoPanel", u"What to do", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodoPanel", u"Due", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodoPanel", u"Initiative", None))
    # retranslateUi

