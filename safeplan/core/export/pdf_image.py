"""Put an in-memory JPEG into the PDF as it is (DCTDecode), without decoding it again.

reportlab 5's ``ImageReader`` decodes every picture to raw RGB, keeps that buffer and deflates
it: 200 photos cost seconds and hundreds of megabytes. Passing a file name would allow JPEG
pass-through but needs a file on disk, and exhibits must never exist as plaintext files
(requirement 4). So this flowable registers the image XObject itself, the way
``Canvas.drawImage`` does for a ``.jpg`` file name. Identical pictures are stored once.
"""

from __future__ import annotations

import hashlib
import io

from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.platypus import Flowable


class JpegFlowable(Flowable):
    """A JPEG drawn at ``width`` × ``height`` points, centred in the frame."""

    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        self._data = data
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        name = hashlib.sha256(self._data).hexdigest()[:32]
        doc = canvas._doc
        reg_name = doc.getXObjectName(name)
        if doc.idToObject.get(reg_name) is None:
            width, height, components = pdfutils.readJPEGInfo(io.BytesIO(self._data))[:3]
            image = pdfdoc.PDFImageXObject(name)
            image.width, image.height, image.bitsPerComponent = width, height, 8
            image.colorSpace = "DeviceGray" if components == 1 else "DeviceRGB"
            # the JPEG bytes as they are: no ASCII85 text encoding (25 % larger, slow in Python)
            image.streamContent = self._data
            image._filters = ("DCTDecode",)
            image.name = name
            canvas._setXObjects(image)
            doc.Reference(image, reg_name)
            doc.addForm(name, image)
        canvas._formsinuse.append(name)  # lists the XObject in this page's resources
        canvas._currentPageHasImages = 1
        canvas.saveState()
        canvas.scale(self.width, self.height)
        canvas._code.append(f"/{reg_name} Do")
        canvas.restoreState()
