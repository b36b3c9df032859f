"""One module per printed document: a view and a language in, a laid-out `Document` out."""
