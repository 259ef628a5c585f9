def test_iso_countries_read_from_the_database_file_equal_pycountrys():
    import pycountry

    from searchidx.aliases import iso_countries

    keys = ("alpha_2", "alpha_3", "name", "common_name", "official_name")
    want = [{k: v for k in keys if (v := getattr(c, k, None)) is not None} for c in pycountry.countries]
    assert [{k: r[k] for k in keys if k in r} for r in iso_countries()] == want
