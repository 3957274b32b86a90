"""Tests of kg.extract."""
