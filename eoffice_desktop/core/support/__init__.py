"""What IT staff get when something goes wrong: log files, crash reports and the diagnostics zip."""
