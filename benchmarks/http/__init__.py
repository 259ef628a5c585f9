"""HTTP load: `searchidx serve` against Datasette over the same Reuters documents (see __main__)."""
