"""Site boilerplate (cookie banners, navigation, breadcrumbs, footers) for the
three fictional partnership websites.  The ingester is expected to strip all of
this and keep only <main>."""

NAV = ["Home", "Procedures manual", "Training and events", "Resources", "Learning from reviews",
       "About us", "Contact us"]


def _nav(F):
    items = "\n".join(
        f'      <li><a href="{F["site"]}/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in NAV)
    return items


def anyshire_page(F, title, crumb, main):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {F['full']}</title>
<link rel="stylesheet" href="/assets/ascp.css">
<script src="/assets/analytics.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
  <a href="/" class="logo">ASCP - Anyshire Safeguarding Children Partnership</a>
  <form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
  <p class="report-banner">Worried about a child? Call the Anyshire MASH on {F['fd_phone']}. In an emergency call 999.</p>
  <nav aria-label="Main menu">
    <ul>
{_nav(F)}
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/procedures-manual">Procedures manual</a></li><li>{crumb}</li></ol>
</nav>
<main id="main-content">
{main}
</main>
<aside class="related">
  <h2>Related pages</h2>
  <ul><li><a href="/procedures-manual/contents">Manual contents</a></li><li><a href="/procedures-manual/amendments">Latest amendments</a></li><li><a href="/training">Book training</a></li></ul>
</aside>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/sitemap">Site map</a></li></ul>
  <p>&copy; 2026 Anyshire Safeguarding Children Partnership. All rights reserved.</p>
  <p>Hosted by Anyshire County Council on behalf of the partnership.</p>
</footer>
</body>
</html>
"""


def brackenford_page(F, title, crumb, main):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{title} - {F['full']} Procedures</title>
<meta name="description" content="{F['full']} multi-agency safeguarding procedures">
</head>
<body class="procedures">
<div class="skiplinks"><a href="#content">Skip to content</a> | <a href="#menu">Skip to menu</a></div>
<div class="cookie-consent" id="cookieConsent">
  This site uses cookies to store information on your computer. Some are essential, others help us improve your experience.
  <a href="/cookie-policy">Cookie policy</a> <button>I accept</button> <button>Manage settings</button>
</div>
<div id="header">
  <div class="brand">Brackenford Safeguarding Children Partnership <span>Procedures Online</span></div>
  <div class="toolbar"><a href="javascript:print()">Print this page</a> | <a href="/feedback">Give feedback</a> | <a href="/translate">Translate</a></div>
</div>
<nav id="menu" aria-label="Site navigation">
  <ul>
{_nav(F)}
  </ul>
</nav>
<div class="crumbs">You are here: <a href="/">Home</a> &gt; <a href="/procedures-manual">Procedures</a> &gt; {crumb}</div>
<div class="layout">
<div class="sidebar">
  <h2>Contents</h2>
  <ul><li>1. Referrals and assessment</li><li>2. Child protection</li><li>3. Specific circumstances</li><li>4. Local resources</li></ul>
</div>
<main id="content">
{main}
</main>
</div>
<div id="footer">
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/disclaimer">Disclaimer</a> | <a href="/contact-us">Contact us</a></p>
  <p>Copyright &copy; Brackenford Safeguarding Children Partnership 2026. Content is reviewed regularly; printed copies are uncontrolled.</p>
</div>
</body>
</html>
"""


def eastmarsh_page(F, title, crumb, main):
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{F['full']}: {title}</title>
<link rel="stylesheet" href="https://eastmarsh-scp.example.org/static/main.css">
</head>
<body>
<a href="#main" class="visually-hidden-focusable">Skip to main content</a>
<section class="cookies" aria-label="Cookies on this site">
  <h2>Cookies on the ESCP website</h2>
  <p>We use cookies to remember your settings and to collect anonymous statistics.</p>
  <a class="button" href="#accept">Accept all cookies</a> <a class="button" href="#reject">Necessary cookies only</a>
</section>
<div class="quick-exit"><a href="https://www.example.org">Leave this site quickly</a></div>
<header>
  <div class="site-title">Eastmarsh Safeguarding Children Partnership</div>
  <nav class="primary" aria-label="Primary">
    <ul>
{_nav(F)}
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <a href="/">Home</a> / <a href="/procedures-manual">Procedures manual</a> / <span>{crumb}</span>
</nav>
<main id="main">
<article>
{main}
</article>
<div class="page-feedback"><p>Was this page useful? <a href="#yes">Yes</a> <a href="#no">No</a></p></div>
</main>
<footer>
  <div class="footer-contacts"><p>Worried about a child in Eastmarsh? Integrated Front Door {F['fd_phone']}. Out of hours {F['ooh_phone']}.</p></div>
  <ul class="footer-links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/foi">Freedom of information</a></li></ul>
  <p>&copy; Eastmarsh Safeguarding Children Partnership 2026</p>
</footer>
</body>
</html>
"""


PAGE = {"anyshire": anyshire_page, "brackenford": brackenford_page, "eastmarsh": eastmarsh_page}
