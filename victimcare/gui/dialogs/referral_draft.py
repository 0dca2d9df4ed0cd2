"""Drafting a referral from a need: a suggested provider, urgency, what may be shared, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from victimcare.domain.enums import Urgency
from victimcare.domain.errors import FieldError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, text_box
from victimcare.gui.widgets.choices import CheckList, ChoiceCombo, items_for
from victimcare.services import directory, referrals
from victimcare.services.session import Session


def draft_and_submit(session: Session, need_item_id: str, provider_id: str, *,
                     submit_now: bool, **kw: Any) -> str:
    """Runs on the worker thread: the draft, then (if asked) the submission for approval."""
    referral_id = referrals.draft_referral(session, need_item_id, provider_id, **kw)
    if submit_now:
        referrals.submit(session, referral_id)
    return referral_id


class ReferralDraftDialog(FormDialog):
    """Providers are the directory's suggestions for this need and district, best first;
    choosing one ticks the details that kind of service needs."""

    def __init__(self, ctx: AppContext, case_id: str, need_item: dict[str, Any],
                 district: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Refer to a service"), parent)
        self.setObjectName("referralDraftDialog")
        self.case_id = case_id
        self.need_item = need_item
        self._types: dict[str, str] = {}
        self.provider = self.add_field(self.tr("&Provider"), ChoiceCombo([], self, blank=""),
                                       "provider", "referralProvider")
        self.urgency = self.add_field(self.tr("&Urgency"), ChoiceCombo.of(Urgency, self),
                                      "urgency", "referralUrgency",
                                      hint=self.tr("Sets the date the provider should answer "
                                                   "by."))
        self.categories = self.add_field(
            self.tr("&Details to share"), CheckList(items_for("data_categories"), self),
            "data_categories", "referralCategories",
            hint=self.tr("Only what the service needs. The letter shows only what the "
                         "person's consent covers."))
        self.reason = self.add_field(self.tr("&Reason (one or two factual lines)"),
                                     text_box(self, 2), "reason", "referralReason")
        self.submit_now = self.add_field("", QCheckBox(self.tr("&Send to the supervisor for "
                                                               "approval now"), self),
                                         None, "referralSubmitNow")
        self.submit_now.setChecked(True)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        ctx.call(directory.suggest, need_item["domain"], district, on_done=self._fill,
                 on_error=lambda e: None)

    def _fill(self, suggestions: list[directory.Suggestion]) -> None:
        for s in suggestions:
            p = s.provider
            text = p.name_en + (self.tr(" (not checked for over a year)") if p.stale else "")
            self.provider.addItem(text, p.id)
            self._types[p.id] = p.provider_type
        if suggestions:
            self.provider.setCurrentIndex(1)

    def _provider_changed(self, _index: int) -> None:
        kind = self._types.get(self.provider.code() or "")
        if kind:
            self.categories.set_codes(referrals.default_categories(kind))

    def values(self) -> dict[str, Any]:
        return {"provider": self.provider.code(), "urgency": self.urgency.code(),
                "data_categories": self.categories.codes(),
                "reason": self.reason.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = []
        if not values["provider"]:
            errors.append(FieldError("provider", "required"))
        if "name" not in values["data_categories"]:
            errors.append(FieldError("data_categories", "required"))
        if len(values["reason"]) > referrals.MAX_REASON:
            errors.append(FieldError("reason", "too_long"))
        return errors

    def submit(self, values: dict[str, Any]) -> None:
        self.run(draft_and_submit, self.need_item["id"], values["provider"],
                 submit_now=self.submit_now.isChecked(), urgency=values["urgency"],
                 data_categories=values["data_categories"], reason=values["reason"])
