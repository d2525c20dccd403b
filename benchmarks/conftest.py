"""pytest runs doctests over benchmarks/: keep it from importing the floor page, a Streamlit script."""

collect_ignore = ["floor_page.py"]
