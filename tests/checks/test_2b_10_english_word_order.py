"""2b-10: the sessions estimated beforehand with the verb first ("we estimate the number of
sessions"), a care that focuses on the complaints, and an English heading "Length and form of
treatment" read as their Dutch counterparts (own passages)."""
from check_helpers import judge, page, site


def test_english_estimated_sessions_and_complaint_focus_explain_short_care():
    snap = site(page("https://praktijk.example/en/approach", "# Our approach",
                     "At our practice we keep therapy short-term and we focus on the complaints you come with.",
                     "We help adults with mild to moderate anxiety or low mood.",
                     "In the first conversation we estimate the number of sessions you will probably need."))
    assert judge("2b-10", snap).status == "voldoet"


def test_sessions_estimated_under_a_length_and_form_heading():
    snap = site(page("https://praktijk.example/en/how-it-goes", "# How it goes",
                     "We offer short-term therapy that focuses on your complaints, for adults with mild to moderate problems.",
                     "# Length and form of treatment",
                     "People differ, and so do their needs.",
                     "Using two short questionnaires, we estimate the number of sessions at the start."))
    assert judge("2b-10", snap).status == "voldoet"


def test_short_term_named_alone_stays_bijna():
    snap = site(page("https://praktijk.example/en/about", "# About us",
                     "We offer short-term therapy for adults."))
    assert judge("2b-10", snap).status == "voldoet_bijna"
