"""Letters between offices: arrivals, receipts, tracking codes, and the journey a sent letter takes."""
