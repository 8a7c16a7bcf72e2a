"""A cookie-consent notice: the banner or dialog a crawler keeps at the top of a page.

Stored page texts often open with it ("Deze website maakt gebruik van cookies. Accepteren", "Cookie-instellingen").
Taken for the page's title or a heading, it says nothing about the page or the section under it.
"""
from __future__ import annotations

import re

# A cookie-consent notice ("Deze website maakt gebruik van cookies. Klik op OK ...") that an
# extractor took for the page title or a heading says nothing about the page or the section under it.
# Also the site speaking of placing them ("Wij en onze partners plaatsen cookies voor statistiek.")
# (also the visitor asked which to allow: "Kies welke cookies je toestaat", "Choose which cookies you allow")
_COOKIE_NOTICE = re.compile(r"\bcookies?\b.{0,80}\b(?:gebruik\w*|accept\w*|toestemming|klik\w*|use[sd]?|consent|agree|"
                            r"toesta\w*|toelaat|toelaten|allow\w*)\b"
                            r"|\b(?:gebruik\w*|accept\w*|toestemming|use[sd]?|consent)\b.{0,80}\bcookies?\b"
                            r"|\b(?:wij|we)\s+(?:en\s+onze\s+partners\s+)?plaatsen\b.{0,40}\bcookies?\b")


# the button of a short banner ("We use cookies. OK", "Wij gebruiken cookies Akkoord")
_CONSENT_BUTTON = re.compile(r"(?<![a-z])(?:ok|oke|oké|okay|akkoord|accepteren|accepteer|accept|agree|prima|got\s+it|sluiten|close)\W*$")
# ... or the banner's other choice at its end ("Cookies Accept Reject", "... Prima | Nee, dank je", "Alleen
# noodzakelijke"): a visitor declining or picking, which no page's heading or sentence ends with
_DECLINE_BUTTON = re.compile(r"(?<![a-z])(?:reject(?:\s+all)?|decline|deny|weiger(?:en)?|afwijzen|nee,?\s+dank\s+(?:je|u)|no,?\s+thanks?|"
                             r"alleen\s+(?:noodzakelijke?|functionele?)(?:\s+cookies)?|(?:only\s+)?necessary(?:\s+only)?)\W*$")


# the banner's own heading, a short statement ("Wij gebruiken cookies", "This website uses cookies"), or cookies
# said to be on the site ("Cookies op deze website", "Cookies op praktijkzuid.nl", "Cookies on this site")
_BANNER_HEADING = re.compile(r"^\W*(?:(?:wij|we|deze\s+(?:web)?site|onze\s+(?:web)?site|this\s+(?:web)?site|our\s+(?:web)?site)\s+"
                             r"(?:gebruik\w*|maakt\s+gebruik\s+van|maken\s+gebruik\s+van|plaats\w*|uses?)\s+(?:\w+\s+)?cookies|"
                             r"cookies?\s+(?:op|on)\s+(?:(?:deze|onze|this|our)\s+(?:web)?site|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}))\W*$")


# the name of a consent dialog, its heading when a crawler keeps it ("Cookie-instellingen", "Cookievoorkeuren",
# "Privacy settings", "Manage cookie consent"): the settings a visitor picks, not a page's name ("Cookiebeleid",
# "Cookieverklaring", "Cookie policy" name a policy)
_DIALOG_NAME = (r"^\W*(?:(?:beheer|manage|wijzig|change)\s+(?:je\s+|uw\s+|your\s+)?)?(?:cookie|privacy)s?[\s-]?"
                r"(?:instellingen|voorkeuren|toestemming|keuze|settings|preferences|consent)")
_CONSENT_DIALOG = re.compile(_DIALOG_NAME + r"\W*$")


# ... and that heading run together with the dialog's text ("Cookie-instellingen  Wij plaatsen functionele
# cookies ...")
_DIALOG_OPENING = re.compile(_DIALOG_NAME + r"\s+.*\bcookies?\b")


def is_cookie_notice(text: str) -> bool:
    """A cookie-consent sentence (a banner), not the name of a cookie or privacy page ("Ons gebruik van cookies");
    a short one with its button ("We use cookies. OK") too, the banner's heading ("Wij gebruiken cookies"), and the
    consent dialog's own heading ("Cookie-instellingen"), alone or opening the dialog's text; and a short text on
    cookies that ends with one of the banner's buttons, to decline ("Cookies Accept Reject") or to agree ("Deze site
    plaatst cookies. [Instellingen] [Akkoord]")."""
    low = text.lower()
    words = len(low.split())
    return ((words >= 5 or (words >= 3 and _CONSENT_BUTTON.search(low) is not None)) and bool(_COOKIE_NOTICE.search(low))) \
        or (words <= 4 and _CONSENT_DIALOG.match(low) is not None) or _DIALOG_OPENING.match(low) is not None \
        or (words <= 30 and "cookie" in low and (_DECLINE_BUTTON.search(low) or _CONSENT_BUTTON.search(low)) is not None) \
        or _BANNER_HEADING.match(low) is not None
