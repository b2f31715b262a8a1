"""The HTML of contributors' Markdown is cleaned: nothing runs, nothing restyles the page, no remote image."""

from __future__ import annotations

from generator.site.sanitize import clean_html


def test_scripts_handlers_and_script_links_are_removed():
    html = '<p onclick="steal()">Hi<script>alert(1)</script></p><a href="javascript:alert(2)">x</a>'
    assert clean_html(html) == "<p>Hi</p><a>x</a>"


def test_web_mail_and_relative_links_stay():
    html = '<a href="https://example.org/a">a</a><a href="mailto:desk@example.org">m</a><a href="../b/">b</a>'
    assert clean_html(html) == html


def test_only_the_markdown_extensions_classes_stay():
    html = '<div class="admonition warning md-dialog"><p class="admonition-title md-search">Note</p></div>'
    assert clean_html(html) == '<div class="admonition warning"><p class="admonition-title">Note</p></div>'
    assert clean_html('<p class="md-header">x</p>') == "<p>x</p>"


def test_material_data_attributes_and_remote_images_are_dropped():
    assert clean_html('<div data-md-component="dialog" data-x="1">x</div>') == '<div data-x="1">x</div>'
    assert clean_html('<img src="https://tracker.example/p.gif" alt="p">') == '<img alt="p">'
    assert clean_html('<img src="../img/map.png" alt="map">') == '<img src="../img/map.png" alt="map">'
