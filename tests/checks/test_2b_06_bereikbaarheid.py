from check_helpers import judge, judge_site, page, site

U = "https://praktijk.example/contact"


def test_out_of_hours_and_crisis_voldoet():
    snap = site(page(U, "# Bereikbaarheid",
                     "Wij zijn op werkdagen telefonisch bereikbaar van 9.00 tot 12.30 uur op 030-2345678.",
                     "Buiten kantoortijden kunt u voor dringende zaken contact opnemen met de huisartsenpost.",
                     "# Crisis",
                     "Bij een acute crisis of levensgevaar belt u 112; heeft u gedachten aan zelfdoding, bel dan 113 of 0800-0113."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet"
    assert f.evidence and all(e.url == U for e in f.evidence)
    assert set(f.details["targets"]) >= {"huisartsenpost", "112", "113"}


def test_emergency_under_heading_and_footer_phone():
    snap = site(page(U, "# Spoed?", "Neem buiten onze openingstijden contact op met uw huisarts of de huisartsenpost.",
                     "Bij direct gevaar belt u altijd 112."),
                footer=("Praktijk De Linde · 06-12345678 · info@praktijk.example",))
    assert judge("2b-6", snap).status == "voldoet"


def test_only_crisis_advice_is_bijna():
    snap = site(page(U, "In crisissituaties kunt u contact opnemen met uw eigen huisarts."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["emergency"] and not f.details["out_of_hours"]


def test_crisis_advice_naming_the_huisartsenpost_covers_out_of_hours():
    # LABELING v2: the out-of-hours GP service answers when the practice is closed
    snap = site(page(U, "Is er tijdens uw behandeling bij ons een crisis, belt u dan de huisartsenpost."))
    assert judge("2b-6", snap).status == "voldoet"


def test_general_text_on_crisis_care_is_not_the_practice_advice():
    snap = site(page(U, "Bij crisis belt u de huisartsenpost (buiten de praktijktijden van uw huisarts)."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_crisis_advice_naming_only_the_huisarts_is_one_side():
    snap = site(page(U, "Bij een crisis neemt u contact op met uw eigen huisarts."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_faster_admission_in_a_crisis_is_no_advice():
    snap = site(page(U, "In een crisissituatie kunt u soms eerder bij ons terecht dan de wachttijd aangeeft."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_evening_appointments_are_no_out_of_hours_advice():
    snap = site(page(U, "Een afspraak in de avond of in het weekend is bij ons ook mogelijk."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_phone_hours_alone_are_regular_reachability():
    snap = site(page(U, "U kunt de praktijk van maandag tot en met donderdag van 9:00 tot 10:30 uur telefonisch spreken."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_complaints_body_phone_number_is_not_the_practice():
    snap = site(page(U, "Met een klacht kunt u terecht bij de klachtenfunctionaris, telefonisch bereikbaar op werkdagen via 030 - 123 45 67."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_phone_number_without_any_out_of_hours_advice_is_only_contact():
    snap = site(page(U, "U kunt ons bellen op 0318-123456 of mailen naar secretariaat@praktijk.example."))
    f = judge("2b-6", snap)
    assert (f.status, f.details.get("contact") is not None) == ("voldoet_bijna", True)
    assert "telefoonnummer" in f.reason


def test_tariff_page_with_spoed_is_no_emergency_advice():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven",
                     "- Spoedconsult binnen 24 uur: € 145,00",
                     "- Een spoedafspraak buiten de reguliere tijden wordt apart in rekening gebracht."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_niet"


def test_zo_spoedig_mogelijk_is_not_spoed():
    snap = site(page(U, "Wij nemen zo spoedig mogelijk contact met u op na uw aanmelding."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_phone_number_written_with_spaced_dash_or_area_code_in_brackets():
    from checks.text.patterns import phone_numbers
    assert phone_numbers("Bel ons: 050 - 123 45 67") == ["050 - 123 45 67"]
    assert phone_numbers("Telefoon (050) 123 45 67.") == ["(050) 123 45 67"]
    assert phone_numbers("Kosten € 120,00 per sessie van 45 minuten") == []
    f = judge_site("2b-6", site(page("https://praktijk.example/", "# Psychologenpraktijk Noord",
                                     "Wij helpen volwassenen met angst en somberheid.", "Bel ons: 050 - 123 45 67")))
    assert f.status == "voldoet_bijna" and f.details["contact"] == ["telefoonnummer"]


def test_opening_hours_listed_under_their_heading():
    f = judge_site("2b-6", site(page("https://praktijk.example/contact", "# Openingstijden",
                                     "Maandag t/m donderdag 9:00 - 18:00", "Vrijdag gesloten")))
    assert f.status == "voldoet_bijna"
    assert any("9:00" in e.quote for e in f.evidence)


def test_an_email_address_for_questions_on_another_page_is_no_reachability():
    """An article that ends "met vragen kun je ook mailen naar ..." says nothing about how to reach
    the practice; an e-mail address on the contact page, or a phone number, does."""
    survey = page("https://praktijk.example/clientervaringen", "# Cliëntervaringen",
                  "Met vragen over de uitkomsten kun je ook mailen naar kwaliteit@praktijk.example.", title="Cliëntervaringen")
    assert judge("2b-6", site(survey)).status == "voldoet_niet"
    contact = page("https://praktijk.example/contact", "# Contact", "Mail ons via info@praktijk.example.", title="Contact")
    assert judge("2b-6", site(contact)).status == "voldoet_bijna"
    phone = page("https://praktijk.example/aanmelden", "# Aanmelden", "Aanmelden kan door ons te bellen op 012-3456789.", title="Aanmelden")
    assert judge("2b-6", site(phone)).status == "voldoet_bijna"


def test_a_holiday_closure_notice_is_no_reachability_advice():
    notice = page("https://praktijk.example/feestdagen", "# Gesloten tijdens de feestdagen",
                  "Tussen kerst en oud en nieuw is onze praktijk gesloten. Wij wensen iedereen fijne feestdagen.", title="Feestdagen")
    assert judge("2b-6", site(notice)).status == "voldoet_niet"
    advice = page("https://praktijk.example/feestdagen", "# Gesloten tijdens de feestdagen",
                  "Tijdens de feestdagen is de praktijk gesloten; bel bij spoed de huisartsenpost.", title="Feestdagen")
    assert judge("2b-6", site(advice)).status != "voldoet_niet"


def test_a_helpline_in_an_article_no_practice_speaks_in_is_no_reachability():
    """An article on gloomy thoughts that ends with the national helplines gives anyone's advice."""
    article = page("https://praktijk.example/somberheid", "# Als alles zwaar voelt",
                   "Wie lange tijd somber is, denkt soms aan de dood. Vertel het iemand die dichtbij staat.",
                   "Zelfmoordpreventie is dag en nacht gratis te bellen via 113 of 0800-0113; bij acuut gevaar 112.",
                   title="Somberheid")
    assert judge_site("2b-6", site(article)).status == "voldoet_niet"


def test_the_practice_naming_the_same_helplines_still_counts():
    own = page("https://praktijk.example/somberheid", "# Als alles zwaar voelt",
               "Onze praktijk is geen crisisdienst. Heeft u gedachten aan zelfdoding, bel dan 113 of 0800-0113; bij acuut gevaar 112.",
               title="Somberheid")
    assert judge_site("2b-6", site(own)).status != "voldoet_niet"


def test_phone_numbers_of_other_organisations_and_complaints_officers_are_not_the_practices():
    privacy = page("https://praktijk.example/pagina-4", "# Uw gegevens",
                   "Bent u het niet eens met hoe wij uw gegevens gebruiken, dan kunt u de Autoriteit Persoonsgegevens bellen op 088-1805250.",
                   title="Uw gegevens")
    assert judge_site("2b-6", site(privacy)).status == "voldoet_niet"
    complaints = page("https://praktijk.example/pagina-5", "# Niet tevreden?",
                      "Bespreek het eerst met ons.", "De functionaris is op werkdagen telefonisch bereikbaar op 030-1357911.",
                      title="Informatie")
    assert judge_site("2b-6", site(complaints)).status == "voldoet_niet"
    # the same number on the practice's own contact page is its reachability
    contact = page("https://praktijk.example/contact", "# Contact",
                   "Wij zijn op werkdagen telefonisch bereikbaar op 030-1357911.", title="Contact")
    assert judge_site("2b-6", site(contact)).status == "voldoet_bijna"


def test_evening_or_weekend_as_a_time_of_day_is_out_of_hours():
    snap = site(page(U, "# Bereikbaarheid", "Wij zijn niet 24 uur per dag bereikbaar.",
                     "Heeft u acuut hulp nodig in de avond of het weekend?", "Bel dan de huisartsenpost.",
                     "Tijdens kantoortijden belt u uw eigen huisarts."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet" and f.details["out_of_hours"] and f.details["emergency"]


def test_an_evening_event_is_no_out_of_hours_advice():
    snap = site(page("https://praktijk.example/nieuws", "# Nieuws",
                     "In de avond van 12 maart geven wij een lezing over somberheid in de bibliotheek."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_calling_at_set_hours_is_regular_reachability():
    snap = site(page(U, "# Praktische informatie", "Wij werken op afspraak.",
                     "Bellen kan op werkdagen tussen 12.30 en 13.00 uur. Spreek anders de voicemail in."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_bijna" and f.reason
    for other in ("U kunt ons bellen voor een afspraak.",                      # no time to call
                  "Na uw aanmelding bellen wij u op werkdagen binnen twee dagen."):  # the practice calls
        snap = site(page(U, "# Praktische informatie", "Wij werken op afspraak.", other))
        assert judge("2b-6", snap).status == "voldoet_niet", other


def test_crisis_in_a_list_of_whom_the_practice_does_not_treat_is_no_crisis_advice():
    snap = site(page("https://practice.example/is-this-the-right-place", "# Is this the right place for you?",
                     "Our practice is not the right place if:", "- you are under 18;", "- your main problem is drug use;",
                     "- you are in an acute crisis.", "If one of these applies, please talk to your GP about other options."))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_an_exclusion_sentence_does_not_borrow_the_contact_of_the_next_sentence():
    snap = site(page("https://practice.example/about", "# About",
                     "The practice is not suitable for people who are in acute crisis or need frequent contact at short notice.",
                     "In those situations Daniel will discuss with you and your GP which service is better suited."))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_an_english_urgent_help_page_with_a_free_helpline_is_full_advice():
    snap = site(page("https://practice.example/urgent-help", "# Urgent help",
                     "Our practice is not a crisis service. We are available by phone on weekdays between 9:00 and 17:00.",
                     "# What to do if you need help urgently",
                     "- During office hours: contact your own GP.",
                     "- In the evening, at night and at weekends: phone the huisartsenpost (the GP out-of-hours service).",
                     "- If you are thinking about suicide: call 113 (or 0800-0113 free of charge).",
                     "- In a life-threatening situation: call 112."))
    f = judge_site("2b-6", snap)
    assert f.status == "voldoet" and {"huisartsenpost", "113", "112"} <= set(f.details["targets"])


def test_crisis_advice_to_the_reader_after_a_question_on_a_page_where_the_practice_speaks():
    # the advice speaks to the reader in the sentence after the lead-in question; the practice speaks
    # elsewhere on its own page: its advice to its clients, and the huisartsenpost covers out of hours
    snap = site(page("https://praktijk.example/wachttijd", "# Wachttijd",
                     "Wij hebben op dit moment een wachttijd van ongeveer zes weken tot het eerste gesprek.",
                     "Zit je in een crisis?",
                     "Bel in dat geval je huisarts; is die gesloten, bel dan de huisartsenpost."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet" and f.details["out_of_hours"]


def test_the_same_advice_on_a_page_where_no_practice_speaks_stays_one_side():
    snap = site(page("https://praktijk.example/wachttijd", "# Wachttijd",
                     "Op een eerste afspraak wacht je nu een week of zes.",
                     "Zit je in een crisis?",
                     "Bel in dat geval je huisarts; is die gesloten, bel dan de huisartsenpost."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_english_phone_hours_are_regular_reachability():
    snap = site(page("https://practice.example/en/contact", "# Contact",
                     "We can be reached by phone on Tuesday and Thursday mornings.",
                     "Outside these times, please leave a message."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_bijna" and f.details["contact"]


def test_english_name_of_the_out_of_hours_gp_service():
    snap = site(page("https://practice.example/en/contact", "# Contact", "We are happy to help you.",
                     "If you need urgent help after hours, get in touch with the GP out of hours service.",
                     "In a life-threatening situation call 112."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet" and "huisartsenpost" in f.details["targets"]
