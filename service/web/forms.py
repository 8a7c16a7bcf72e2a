"""Forms of the web pages (labels in Dutch; Django adds the CSRF token in the templates)."""
from __future__ import annotations

from django import forms

STATUS_CHOICES = [
    ("voldoet", "voldoet"),
    ("voldoet_bijna", "voldoet bijna"),
    ("voldoet_niet", "voldoet (nog) niet"),
]


class SelfScanForm(forms.Form):
    url = forms.CharField(label="Webadres van uw praktijk", max_length=500,
                          help_text="Bijvoorbeeld https://www.praktijk.nl; de scan leest alleen openbare pagina's.",
                          widget=forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}))


class DecisionForm(forms.Form):
    """A reviewer confirms or overrides the automatic verdict on one website criterion."""

    status = forms.ChoiceField(label="Oordeel van de reviewer", choices=STATUS_CHOICES)
    toelichting = forms.CharField(label="Toelichting", widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text="Waarom dit oordeel; komt in de Keurmerkrapportage.")
    actie = forms.CharField(label="Actie voor de aanbieder", required=False,
                            widget=forms.Textarea(attrs={"rows": 2}))


REVIEW_STATUS_CHOICES = [
    ("todo", "nog te beoordelen"),
    ("voldoet", "voldoet"),
    ("voldoet_bijna", "voldoet bijna"),
    ("voldoet_niet", "voldoet (nog) niet"),
]


class ReviewerCriteriaForm(forms.Form):
    """Per reviewer criterion of the norm set: status, toelichting and actie, with the criterion's wording."""

    def __init__(self, criteria, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for c in self.criteria:
            self.fields[f"{c.id}-status"] = forms.ChoiceField(label=f"Oordeel {c.id}", choices=REVIEW_STATUS_CHOICES)
            self.fields[f"{c.id}-toelichting"] = forms.CharField(
                label=f"Toelichting {c.id}", required=False, widget=forms.Textarea(attrs={"rows": 2}))
            self.fields[f"{c.id}-actie"] = forms.CharField(
                label=f"Actie {c.id}", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        for c in self.criteria:
            status = data.get(f"{c.id}-status")
            if status in ("voldoet_bijna", "voldoet_niet") and not data.get(f"{c.id}-toelichting", "").strip():
                self.add_error(f"{c.id}-toelichting",
                               f"Schrijf bij {c.id} wat er ontbreekt; de aanbieder leest dit in de Keurmerkrapportage.")
        return data

    def groups(self):
        """(criterion, [bound fields]) per criterion, for the template."""
        return [(c, [self[f"{c.id}-status"], self[f"{c.id}-toelichting"], self[f"{c.id}-actie"]])
                for c in self.criteria]

    def verdicts(self) -> dict[str, dict[str, str]]:
        return {c.id: {"status": self.cleaned_data[f"{c.id}-status"],
                       "toelichting": self.cleaned_data[f"{c.id}-toelichting"].strip(),
                       "actie": self.cleaned_data[f"{c.id}-actie"].strip()} for c in self.criteria}
