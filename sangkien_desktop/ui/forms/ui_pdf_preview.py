# GENERATED from forms/pdf_preview.ui by scripts/build_forms.py – do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

# mypy: ignore-errors
class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog: "QDialog") -> None:
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 760)
        self.dialogLayout = QVBoxLayout(PdfPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.pageLabel = QLabel(PdfPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setText(u"")

        self.toolRow.addWidget(self.pageLabel)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)
        self.fitWidthButton.setChecked(True)

        self.toolRow.addWidget(self.fitWidthButton)

        self.actualSizeButton = QPushButton(PdfPreviewDialog)
        self.actualSizeButton.setObjectName(u"actualSizeButton")
        self.actualSizeButton.setCheckable(True)

        self.toolRow.addWidget(self.actualSizeButton)


        self.dialogLayout.addLayout(self.toolRow)

        self.pdfView = QPdfView(PdfPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.dialogLayout.addWidget(self.pdfView)

        self.messageLabel = QLabel(PdfPreviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.exportButton = QPushButton(PdfPreviewDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog: "QDialog") -> None:
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print preview", None))
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Fit &width", None))
        self.actualSizeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Actual size", None))
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Document pages", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Export PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
    # retranslateUi

