"""Everything drawn: escaping, labels and colours, point layers, aggregation, the folium map,
the timeline chart and the HTML export. Nothing here imports Streamlit."""
