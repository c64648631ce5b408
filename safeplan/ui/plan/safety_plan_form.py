"""The safety plan page's widgets and how they fit the window: the list of parts, the part's
steps to tick, her own steps and notes, the buttons, and the layout that stacks on a narrow page.

No words and no plan here: :class:`safety_plan_page.SafetyPlanPage` gives the widgets their words
(``_retranslate``), fills them from the plan and connects them to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safeplan.ui.plan.common import NoteBox, body, heading, scaled_font


class SafetyPlanForm(QWidget):
    """The safety plan page's widgets (the base of :class:`SafetyPlanPage`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.progress_label = body("", self)
        self.progress_label.setObjectName("plan_progress")
        outer.addWidget(self.progress_label)
        self.review_box = NoteBox("", self)
        self.review_box.setObjectName("plan_review_reminder")
        self.reviewed_button = QPushButton(self)
        self.reviewed_button.setObjectName("plan_mark_reviewed")
        self.review_box.label.parentWidget().layout().addWidget(  # type: ignore[union-attr]
            self.reviewed_button)
        outer.addWidget(self.review_box)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.steps = QListWidget(split)
        self.steps.setObjectName("plan_steps")
        self.steps.setFont(scaled_font(self, 1.1))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSpacing(2)
        right = QWidget(split)
        col = QVBoxLayout(right)
        self.step_label = body("", right)
        self.step_label.setObjectName("plan_step_of")
        self.section_title = heading("", right, 1.35)
        self.section_title.setObjectName("plan_section_title")
        self.section_intro = body("", right)
        self.items = QListWidget(right)
        self.items.setObjectName("plan_items")
        self.items.setFont(scaled_font(self, 1.15))
        self.items.setWordWrap(True)
        self.items.setSpacing(4)  # room between lines for unsteady hands and tired eyes
        add_row = QHBoxLayout()
        self.new_item = QLineEdit(right)
        self.new_item.setObjectName("plan_new_item")
        self.add_button = QPushButton(right)
        self.add_button.setObjectName("plan_add_item")
        self.remove_button = QPushButton(right)
        self.remove_button.setObjectName("plan_remove_item")
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        self.notes_label = QLabel(right)
        self.notes_label.setFont(scaled_font(self, 1.1, bold=True))
        self.notes = QPlainTextEdit(right)
        self.notes.setObjectName("plan_notes")
        self.notes.setFont(scaled_font(self, 1.15))
        # Tab must leave the notes (UX 10: no keyboard trap); a tab character adds nothing here.
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)
        nav = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.back_button = QPushButton(right)
        self.back_button.setObjectName("plan_back")
        self.next_button = QPushButton(right)
        self.next_button.setObjectName("plan_next")
        self.next_button.setDefault(True)
        self.pdf_language = QComboBox(right)
        self.pdf_language.setObjectName("plan_pdf_language")
        for code, name in (("be", "Беларуская"), ("ru", "Русский"), ("en", "English")):
            self.pdf_language.addItem(name, code)
        self.pdf_button = QPushButton(right)
        self.pdf_button.setObjectName("plan_pdf")
        # Two groups that stack when the page is narrow (large text, 2× scaling) instead of
        # cutting "Save and next" short.
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.back_button)
        steps_row.addWidget(self.next_button)
        steps_row.addStretch(1)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_language)
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addStretch(1)
        self._nav_rows = nav
        nav.addLayout(steps_row)
        nav.addLayout(pdf_row)
        for widget in (self.step_label, self.section_title, self.section_intro, self.items):
            col.addWidget(widget)
        col.addLayout(add_row)
        col.addWidget(self.notes_label)
        col.addWidget(self.notes)
        col.addLayout(nav)
        split.addWidget(self.steps)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self._split = split
        outer.addWidget(split, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Whole words in the section list: it is as wide as its longest word run needs; on a
        narrow page it goes above the section, and the buttons under the notes stack."""
        metrics = self.steps.fontMetrics()
        titles = [self.steps.item(row).text() for row in range(self.steps.count())]
        widest_word = max((metrics.horizontalAdvance(word) for title in titles
                           for word in title.split()), default=80)
        widest_title = max((metrics.horizontalAdvance(title) for title in titles), default=80)
        chrome = 2 * self.steps.spacing() + 2 * self.steps.frameWidth() + 24
        want = min(widest_title, max(widest_word * 2, metrics.averageCharWidth() * 22)) + chrome
        # No minimum width from the list itself: the page's minimum must not depend on the
        # layout chosen, or a scroll area would keep it wide and never let it stack.
        self.steps.setMinimumWidth(0)
        narrow = self.width() < max(want, widest_word + chrome) + 520
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self._split.orientation() != orientation:
            self._split.setOrientation(orientation)
        right = self._split.widget(1)
        right_layout = right.layout() if right is not None else None
        if right is not None and right_layout is not None:
            # A splitter ignores height-for-width: give the section its wrapped text's height.
            needed = right_layout.minimumHeightForWidth(self.width()) + metrics.lineSpacing()
            right.setMinimumHeight(needed if narrow else 0)
        if narrow:
            self.steps.setMaximumHeight(metrics.lineSpacing() * 6 + 16)
        else:
            self.steps.setMaximumHeight(16777215)
            if self._split.sizes() and self._split.sizes()[0] < want:
                total = sum(self._split.sizes())
                self._split.setSizes([want, max(total - want, 1)])
        buttons_width = (self.back_button.sizeHint().width() + self.next_button.sizeHint().width()
                         + self.pdf_language.sizeHint().width()
                         + self.pdf_button.sizeHint().width() + 48)
        right_width = self.width() - (0 if narrow else want)
        direction = (QBoxLayout.Direction.TopToBottom if right_width < buttons_width
                     else QBoxLayout.Direction.LeftToRight)
        if self._nav_rows.direction() != direction:
            self._nav_rows.setDirection(direction)
