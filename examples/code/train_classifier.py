"""Example training script with the peft#1876 trap: `npm start` shows code-shared-tensor-save on the bias="all" line."""
from transformers import AutoModelForSequenceClassification
from peft import LoraConfig


def main():
    model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2)
    model.add_adapter(LoraConfig(r=4, target_modules=["query", "value"], bias="all", modules_to_save=["classifier"]))
    # ... training loop ...
    model.save_pretrained("out", safe_serialization=True)


if __name__ == "__main__":
    main()
