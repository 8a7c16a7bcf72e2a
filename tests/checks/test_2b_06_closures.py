"""2b-6: a question asked of the practice about when it is closed ("when you are closed", "als de praktijk dicht
is") is out of hours; a news item in which the practice announces its own closing is its own advice, but a
holiday closure is no time outside opening hours (so its advice for urgent help is one of the two, not both).
Passages written for these tests."""
import pytest

from check_helpers import corpus_site, judge_site


@pytest.mark.parametrize("url, text", [
    ("https://p.example/en/faq", "FAQ\n\nWhat if I need help when you are closed?\nIn that case, call the GP out-of-hours service "
                                 "(huisartsenpost). In a life-threatening situation, dial 112.\nHow long is a session?\nA session lasts 50 minutes."),
    ("https://p.example/en/contact", "Contact\n\nPhone 030 123 45 67\nWhen the office is closed, call the out-of-hours GP service; "
                                     "if you think about ending your life, call 113."),
    ("https://p.example/veelgestelde-vragen", "Veelgestelde vragen\n\nWat doe ik als de praktijk dicht is?\nBel dan de huisartsenpost. "
                                              "Bij levensgevaar bel je 112."),
])
def test_closed_asked_of_the_practice_is_out_of_hours(url, text):
    assert judge_site("2b-6", corpus_site(url, text)).status == "voldoet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/nieuws/kerst", "Kerstsluiting\n\nOnze praktijk is dicht van 23 december t/m 2 januari. "
                                       "Is er in die dagen iets dringends, bel dan je eigen huisarts."),
    ("https://p.example/en/news/summer", "Closed in summer\n\nOur practice is closed from 20 July to 10 August. If you need urgent help "
                                         "during this period, please contact your GP."),
    ("https://p.example/blog/vakantie", "Even weg\n\nIk ben met vakantie van 3 tot en met 21 augustus. Mail en telefoon worden dan niet "
                                        "gelezen. Bij spoed kun je contact opnemen met je huisarts."),
])
def test_a_closure_notice_gives_the_practices_advice_for_urgent_help(url, text):
    assert judge_site("2b-6", corpus_site(url, text)).status == "voldoet_bijna"


def test_a_blog_on_crisis_in_general_stays_niet():
    text = ("Wat te doen in een crisis?\n\nIn een crisis kan iedereen de huisartsenpost bellen of 113. "
            "Buiten kantooruren is de huisartsenpost open.")
    assert judge_site("2b-6", corpus_site("https://p.example/blog/crisis", text)).status == "voldoet_niet"


def test_a_holiday_closure_with_a_contact_for_urgent_help_is_no_out_of_hours_advice():
    text = ("Contact\n\nTelefoon 030 123 45 67\nIn de zomer zijn wij gesloten van 27 juli t/m 14 augustus. "
            "Bel voor dringende zaken dan uw huisarts.")
    assert judge_site("2b-6", corpus_site("https://p.example/contact", text)).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Contact\n\nTelefoon 030 123 45 67\nBuiten kantooruren bel je de huisartsenpost. Denk je erover een einde aan je leven te maken, bel dan 113.",
    "Contact\n\nPhone 030 123 45 67\nOutside office hours, call the GP out-of-hours service. If you are thinking of taking your own life, call 113.",
])
def test_thoughts_of_ending_ones_life_told_without_the_word_are_a_crisis(text):
    assert judge_site("2b-6", corpus_site("https://p.example/contact", text)).status == "voldoet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/afspraken", "Afspraken\n\nAfspraken maakt u per mail. Mail en voicemail worden elke werkdag gelezen. "
                                    "Voor dringende zaken kunt u altijd terecht bij uw huisarts of de huisartsenpost."),
    ("https://p.example/en/appointments", "Appointments\n\nYou make appointments by e-mail; the voicemail is checked every working day. "
                                          "If something is urgent, you may at any time phone your own GP or the huisartsenpost."),
    ("https://p.example/wachttijd", "Wachttijd\n\nDe wachttijd tot de intake is nu zes weken. Zit je tijdens het wachten ergens mee, dan kun je "
                                    "je behandelaar mailen; bij spoed kun je altijd de huisartsenpost bellen."),
])
def test_advice_to_the_reader_on_a_page_with_the_practices_own_channels_is_the_practices(url, text):
    assert judge_site("2b-6", corpus_site(url, text)).status == "voldoet"


def test_a_crisis_article_in_the_readers_voice_stays_niet():
    text = ("Wat te doen in een crisis?\n\nIn een crisis kunt u altijd terecht bij uw huisarts of de huisartsenpost. "
            "Een afspraak is dan niet nodig.")
    assert judge_site("2b-6", corpus_site("https://p.example/blog/crisis", text)).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Praktische zaken\n\nBereikbaarheid\nDe praktijk is op werkdagen telefonisch bereikbaar van 9 tot 12 uur. Voor spoedeisende zaken "
    "buiten deze tijden verwijs ik u naar uw huisarts of de dokterswacht.",
    "Contact\n\nTel. 030 123 45 67\nBuiten kantoortijden verwijzen wij u bij dringende vragen naar de huisartsenpost.",
    "Contact\n\nTel. 030 123 45 67\nI am not available 24/7. If things get acutely worse, contact your GP or, outside working hours, "
    "the out-of-hours GP service.",
])
def test_a_referral_for_urgent_matters_outside_the_hours_is_reachability(text):
    assert judge_site("2b-6", corpus_site("https://p.example/praktisch", text)).status == "voldoet"


def test_a_crisis_named_among_whom_the_practice_does_not_treat_stays_no_advice():
    text = ("Wanneer niet?\n\nBij een acute crisis of ernstige suïcidaliteit kunnen wij u niet behandelen; wij verwijzen u dan "
            "terug naar uw huisarts.")
    assert judge_site("2b-6", corpus_site("https://p.example/wanneer-niet", text)).status == "voldoet_niet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/contact", "Contact\n\nTel. 030 123 45 67\nBij nood kunt u na 17.00 uur terecht bij de huisartsenpost."),
    ("https://p.example/en/contact", "Contact\n\nTel. 030 123 45 67\nIn case of emergency after 6 pm, contact the GP out-of-hours service."),
    ("https://p.example/contact", "Contact\n\nTel. 030 123 45 67\nNa 18.30 uur en in het weekend kunt u bij spoed terecht bij uw huisarts of 113 bellen."),
])
def test_an_evening_hour_after_which_is_out_of_hours(url, text):
    assert judge_site("2b-6", corpus_site(url, text)).status == "voldoet"


def test_office_hours_until_five_are_no_out_of_hours_advice():
    text = "Contact\n\nTel. 030 123 45 67\nWij zijn telefonisch bereikbaar van 9.00 tot 17.00 uur."
    assert judge_site("2b-6", corpus_site("https://p.example/contact", text)).status == "voldoet_bijna"
