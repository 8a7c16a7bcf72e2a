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
